using System;
using System.Collections.Generic;

namespace CxJourney.Cli.Demo;

/// <summary>A generated business: who its customers and agents are and what happened, in time order.</summary>
public sealed record DemoBusiness(
    DateTime Start,
    DateTime End,
    int Seed,
    IReadOnlyList<DemoAccount> Accounts,
    IReadOnlyList<DemoCustomer> Customers,
    IReadOnlyList<DemoAgent> Agents,
    IReadOnlyList<DemoEvent> Events);

public sealed record DemoAccount(int Index, string Name, int Segment, string Region);

public sealed record DemoCustomer(
    int Index,
    string FirstName,
    string LastName,
    string Email,
    string Phone,
    int Segment,
    string Region,
    string City,
    int? Account,
    bool DoNotPhone,
    bool DoNotEmail);

/// <summary>A service agent; <paramref name="Manager"/> is the index of the agent's team lead (the detractor rule escalates to it).</summary>
public sealed record DemoAgent(int Index, string FirstName, string LastName, int? Manager);
