using CxJourney.Plugins.Capture.Rules;
using CxJourney.Plugins.Model;

namespace CxJourney.Plugins.Tests.Capture.Rules;

public class StateTransitionTests
{
    private const int Open = StandardChoices.ActivityState.Open;
    private const int Completed = StandardChoices.ActivityState.Completed;
    private const int Canceled = StandardChoices.ActivityState.Canceled;
    private const int Scheduled = StandardChoices.ActivityState.Scheduled;

    [Theory]
    [InlineData(Open, Completed, Choices.TouchpointKind.Completed)]
    [InlineData(Scheduled, Completed, Choices.TouchpointKind.Completed)]
    [InlineData(null, Completed, Choices.TouchpointKind.Completed)]
    [InlineData(Open, Canceled, Choices.TouchpointKind.Cancelled)]
    [InlineData(Completed, Completed, null)]
    [InlineData(Canceled, Canceled, null)]
    [InlineData(Completed, Open, null)]
    [InlineData(Open, Scheduled, null)]
    public void Activity(int? before, int after, int? kind) => Assert.Equal(kind, StateTransitions.ForActivity(before, after));

    [Theory]
    [InlineData(StandardChoices.IncidentState.Active, StandardChoices.IncidentState.Resolved, Choices.TouchpointKind.Resolved)]
    [InlineData(StandardChoices.IncidentState.Active, StandardChoices.IncidentState.Cancelled, Choices.TouchpointKind.Cancelled)]
    [InlineData(StandardChoices.IncidentState.Resolved, StandardChoices.IncidentState.Active, Choices.TouchpointKind.Reopened)]
    [InlineData(StandardChoices.IncidentState.Cancelled, StandardChoices.IncidentState.Active, Choices.TouchpointKind.Reopened)]
    [InlineData(StandardChoices.IncidentState.Active, StandardChoices.IncidentState.Active, null)]
    [InlineData(StandardChoices.IncidentState.Resolved, StandardChoices.IncidentState.Resolved, null)]
    [InlineData(null, StandardChoices.IncidentState.Active, null)]
    [InlineData(null, StandardChoices.IncidentState.Resolved, Choices.TouchpointKind.Resolved)]
    public void Case(int? before, int after, int? kind) => Assert.Equal(kind, StateTransitions.ForCase(before, after));

    [Theory]
    [InlineData(StandardChoices.OpportunityState.Open, StandardChoices.OpportunityState.Won, Choices.TouchpointKind.Won)]
    [InlineData(StandardChoices.OpportunityState.Open, StandardChoices.OpportunityState.Lost, Choices.TouchpointKind.Lost)]
    [InlineData(StandardChoices.OpportunityState.Won, StandardChoices.OpportunityState.Won, null)]
    [InlineData(StandardChoices.OpportunityState.Lost, StandardChoices.OpportunityState.Open, null)]
    public void Opportunity(int? before, int after, int? kind) => Assert.Equal(kind, StateTransitions.ForOpportunity(before, after));
}
