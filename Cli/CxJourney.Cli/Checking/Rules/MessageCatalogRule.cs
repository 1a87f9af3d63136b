using System.Collections.Generic;
using CxJourney.SolutionModel;
using CxJourney.SolutionModel.Metadata;
using CxJourney.SolutionModel.Schema;

namespace CxJourney.Cli.Checking.Rules;

/// <summary>
/// What an import refuses in a step, from THE message catalog (<see cref="SdkMessages"/>, also used by the local
/// organization's step loader): an SdkMessageId no public source documents, a message the table has no message
/// filter for, an image on a property the message does not take images from.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/org-service/use-messages
internal sealed class MessageCatalogRule : ICheckRule
{
    public string Name => "import-message";

    public IEnumerable<CheckProblem> Check(CheckContext context)
    {
        foreach (var step in context.Solution.Steps)
        {
            MessageTableFacts? facts = step.PrimaryEntity is string table && context.Catalog.TryGetTable(table, out TableMetadata? metadata)
                ? new MessageTableFacts(metadata.LogicalName, metadata.Ownership == TableOwnership.UserOwned, metadata.HasStates)
                : null;
            foreach (var problem in SdkMessages.ImportProblems(step, facts))
                yield return CheckContext.Error(Name, step.Source, problem,
                    "register the step on a message with a documented id (Create, Update, Delete, Assign, SetState, ...) that the table has, with that message's image property");
        }
    }
}

/// <summary>
/// Power Apps checker rules on step registrations: meta-avoid-reg-no-attribute (an Update step without filtering
/// attributes runs on every change), meta-avoid-reg-retrieve (steps on Retrieve/RetrieveMultiple slow every read),
/// meta-remove-inactive (a disabled step shipped in the solution).
/// </summary>
// https://learn.microsoft.com/power-apps/maker/data-platform/use-powerapps-checker
// https://learn.microsoft.com/power-apps/developer/data-platform/best-practices/business-logic/include-filtering-attributes-plugin-registration
// https://learn.microsoft.com/power-apps/developer/data-platform/best-practices/business-logic/limit-registration-plugins-retrieve-retrievemultiple
internal sealed class StepCheckerRules : ICheckRule
{
    public string Name => "meta-steps";

    public IEnumerable<CheckProblem> Check(CheckContext context)
    {
        foreach (var step in context.Solution.Steps)
        {
            if (step.MessageName == "Update" && step.FilteringAttributes.Count == 0)
                yield return CheckContext.Error("meta-avoid-reg-no-attribute", step.Source,
                    $"the Update step '{step.Name}' has no filtering attributes: it runs on every change of the row (Power Apps checker meta-avoid-reg-no-attribute)",
                    "list the columns the plug-in reacts to in <FilteringAttributes>");
            if (step.MessageName is "Retrieve" or "RetrieveMultiple")
                yield return CheckContext.Error("meta-avoid-reg-retrieve", step.Source,
                    $"the step '{step.Name}' runs on {step.MessageName}: it slows every read of the table (Power Apps checker meta-avoid-reg-retrieve)",
                    "react to the writes instead, or remove the step");
            if (!step.IsEnabled)
                yield return CheckContext.Error("meta-remove-inactive", step.Source,
                    $"the step '{step.Name}' is disabled (<StateCode>1</StateCode>): an inactive component shipped in the solution (Power Apps checker meta-remove-inactive)",
                    "delete the step file, or enable it");
        }
    }
}
