from duijie.versions.models.version import ContentVersion, VersionSource

__all__ = ["ContentVersion", "VersionSource"]
