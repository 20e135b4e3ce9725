from duijie.policies.models.policy import Policy, PolicyArticle, PolicyState, PolicyTag

__all__ = ["Policy", "PolicyArticle", "PolicyState", "PolicyTag"]
