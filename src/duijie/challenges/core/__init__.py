"""Pure algorithms of open challenges: the lifecycle, criteria checks and the ranking."""
