using System;
using System.Collections.Generic;
using System.Linq;
using CxJourney.SolutionModel;

namespace CxJourney.Cli.Checking.Rules;

/// <summary>
/// The platform's rules for a step registration: no pre-image on Create, no post-image on Delete,
/// post-images only at post-operation (the image's message property: see MessageCatalogRule),
/// asynchronous only at post-operation, filtering attributes only on Update, one alias per image,
/// and no step registered twice (it would run twice).
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context#entity-images
// https://learn.microsoft.com/power-apps/developer/data-platform/event-framework#event-execution-pipeline
// https://learn.microsoft.com/power-apps/developer/data-platform/best-practices/business-logic/include-filtering-attributes-plugin-registration
internal sealed class RegistrationRule : ICheckRule
{
    private static readonly HashSet<string> FilteringMessages = new(StringComparer.OrdinalIgnoreCase) { "Update", "UpdateMultiple" };

    public string Name => "registration";

    public IEnumerable<CheckProblem> Check(CheckContext context)
    {
        var registrations = new Dictionary<string, PluginStepDefinition>(StringComparer.Ordinal);
        foreach (var step in context.Solution.Steps)
        {
            var message = step.MessageName;
            var isCreate = string.Equals(message, "Create", StringComparison.OrdinalIgnoreCase);
            var isDelete = string.Equals(message, "Delete", StringComparison.OrdinalIgnoreCase);

            foreach (var image in step.Images)
            {
                if (isCreate && image.IsPreImage)
                    yield return CheckContext.Error(Name, image.Source, "a pre-image on a Create step: there is no row before it is created",
                        "remove the image, or make it a post-image (ImageType 1, MessagePropertyName Id) on a post-operation step");
                if (isDelete && image.IsPostImage)
                    yield return CheckContext.Error(Name, image.Source, "a post-image on a Delete step: there is no row after it is deleted",
                        "make it a pre-image (ImageType 0, MessagePropertyName Target)");
                else if (image.IsPostImage && step.Stage != PluginStepStage.PostOperation)
                    yield return CheckContext.Error(Name, image.Source, $"a post-image on a {Describe(step.Stage)} step: post-images exist only at post-operation",
                        "move the step to <Stage>40</Stage>, or use a pre-image");

                // The image's message property is the message catalog's to say (MessageCatalogRule), as in the organization.
            }

            foreach (var alias in step.Images.GroupBy(i => i.EntityAlias, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                foreach (var image in alias.Skip(1))
                    yield return CheckContext.Error(Name, image.Source, $"entity alias '{alias.Key}' is used by two images of the step; the plug-in finds images by alias",
                        "give each image its own <EntityAlias>");
            }

            if (step.Mode == PluginStepMode.Asynchronous && step.Stage != PluginStepStage.PostOperation)
                yield return CheckContext.Error(Name, step.Source, $"an asynchronous step at {Describe(step.Stage)}: asynchronous steps run only at post-operation",
                    "write <Stage>40</Stage>, or <Mode>0</Mode> to run synchronously");

            if (step.FilteringAttributes.Count > 0 && !FilteringMessages.Contains(message))
                yield return CheckContext.Error(Name, step.Source, $"filtering attributes on a {message} step: only Update (and UpdateMultiple) steps are filtered by column",
                    "leave <FilteringAttributes></FilteringAttributes> empty");

            var key = string.Join("|", step.PluginClassName, message.ToLowerInvariant(), step.PrimaryEntity, step.SecondaryEntity,
                (int)step.Stage, (int)step.Mode, step.Configuration,
                string.Join(",", step.FilteringAttributes.Select(a => a.ToLowerInvariant()).Order(StringComparer.Ordinal)));
            if (registrations.TryGetValue(key, out var first))
                yield return CheckContext.Error(Name, step.Source, $"the same registration as {first.Source.File} ({step.PluginClassName} on {message} of {step.PrimaryEntity ?? "any table"}): a step registered twice runs twice",
                    "delete one of the two step files");
            else
                registrations.Add(key, step);
        }
    }

    private static string Describe(PluginStepStage stage) => stage switch
    {
        PluginStepStage.PreValidation => "pre-validation (10)",
        PluginStepStage.PreOperation => "pre-operation (20)",
        _ => "post-operation (40)",
    };
}
