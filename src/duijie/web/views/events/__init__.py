"""Web pages of the events area, one module per stage: browse, manage, take part, schedule,
agendas, on the day, after."""
