using System;
using System.Collections.Generic;
using System.Xml.Linq;

namespace CxJourney.SolutionModel.Reading;

/// <summary>Reads an &lt;SdkMessageProcessingStep&gt; and its images.</summary>
internal static class StepParser
{
    public static PluginStepDefinition? Parse(ReadContext context, XElement element)
    {
        var name = context.RequiredAttr(element, "Name");
        var id = context.GuidAttr(element, "SdkMessageProcessingStepId", required: true);
        var messageId = context.GuidText(element, "SdkMessageId", required: true);
        var pluginTypeName = context.RequiredText(element, "PluginTypeName");
        var stage = ParseStage(context, element);
        var mode = ParseMode(context, element);
        var rank = context.Int(element, "Rank", required: true);
        var deployment = ParseDeployment(context, element);

        string? message = null;
        if (messageId is not null)
        {
            if (SdkMessages.TryGetName(messageId.Value, out var known)) message = known;
            else message = SdkMessages.MessageFromStepName(name);
            if (message is null)
                context.Error(element.Element("SdkMessageId")!,
                    $"SdkMessageId {messageId} is not a documented platform message and the step name '{name}' does not say the message (\"Type: Message of table\")");
        }

        var images = new List<StepImageDefinition>();
        foreach (var image in element.Element("SdkMessageProcessingStepImages")?.Elements("SdkMessageProcessingStepImage") ?? [])
        {
            var parsed = ParseImage(context, image);
            if (parsed is not null) images.Add(parsed);
        }

        var primaryEntity = ReadContext.TrimmedText(element, "PrimaryEntity");
        if (string.Equals(primaryEntity, "none", StringComparison.OrdinalIgnoreCase)) primaryEntity = null;
        var secondaryEntity = ReadContext.TrimmedText(element, "SecondaryEntity");
        if (string.Equals(secondaryEntity, "none", StringComparison.OrdinalIgnoreCase)) secondaryEntity = null;

        if (name.Length == 0 || id is null || messageId is null || message is null || pluginTypeName.Length == 0
            || stage is null || mode is null || rank is null || deployment is null)
        {
            return null;
        }

        var stateCode = context.Int(element, "StateCode");
        return new PluginStepDefinition
        {
            Id = id.Value,
            Name = name,
            Description = ReadContext.TrimmedText(element, "Description"),
            SdkMessageId = messageId.Value,
            MessageName = message,
            PrimaryEntity = primaryEntity,
            SecondaryEntity = secondaryEntity,
            PluginTypeName = pluginTypeName,
            PluginTypeId = context.GuidText(element, "PluginTypeId"),
            AsyncAutoDelete = context.Flag(element, "AsyncAutoDelete") ?? false,
            FilteringAttributes = ReadContext.CommaList(ReadContext.Text(element, "FilteringAttributes")),
            InvocationSource = context.Int(element, "InvocationSource") ?? 0,
            Mode = mode.Value,
            Rank = rank.Value,
            EventHandlerTypeCode = context.Int(element, "EventHandlerTypeCode"),
            Stage = stage.Value,
            IsCustomizable = context.Flag(element, "IsCustomizable") ?? true,
            IsHidden = context.Flag(element, "IsHidden") ?? false,
            SupportedDeployment = deployment.Value,
            IntroducedVersion = ReadContext.TrimmedText(element, "IntroducedVersion"),
            Configuration = ReadContext.Text(element, "Configuration"),
            ImpersonatingUserId = context.GuidText(element, "ImpersonatingUserId"),
            IsEnabled = stateCode is null or 0,
            Images = images,
            Source = context.Locate(element),
        };
    }

    private static PluginStepStage? ParseStage(ReadContext context, XElement element)
    {
        var stage = context.Int(element, "Stage", required: true);
        if (stage is null) return null;
        if (stage is 10 or 20 or 40) return (PluginStepStage)stage.Value;
        context.Error(element.Element("Stage")!,
            $"<Stage> {stage} is not a plug-in stage: 10 (pre-validation), 20 (pre-operation) or 40 (post-operation)");
        return null;
    }

    private static PluginStepMode? ParseMode(ReadContext context, XElement element)
    {
        var mode = context.Int(element, "Mode", required: true);
        if (mode is null) return null;
        if (mode is 0 or 1) return (PluginStepMode)mode.Value;
        context.Error(element.Element("Mode")!, $"<Mode> {mode} is not 0 (synchronous) or 1 (asynchronous)");
        return null;
    }

    private static StepSupportedDeployment? ParseDeployment(ReadContext context, XElement element)
    {
        var deployment = context.Int(element, "SupportedDeployment");
        if (deployment is null) return StepSupportedDeployment.ServerOnly;
        if (deployment is 0 or 1 or 2) return (StepSupportedDeployment)deployment.Value;
        context.Error(element.Element("SupportedDeployment")!, $"<SupportedDeployment> {deployment} is not 0 (server), 1 (client) or 2 (both)");
        return null;
    }

    private static StepImageDefinition? ParseImage(ReadContext context, XElement image)
    {
        var name = context.RequiredAttr(image, "Name");
        var alias = context.RequiredText(image, "EntityAlias");
        var property = context.RequiredText(image, "MessagePropertyName");
        var type = context.Int(image, "ImageType", required: true);
        if (type is not null and not (0 or 1 or 2))
        {
            context.Error(image.Element("ImageType")!, $"<ImageType> {type} is not 0 (pre-image), 1 (post-image) or 2 (both)");
            return null;
        }
        if (name.Length == 0 || alias.Length == 0 || property.Length == 0 || type is null) return null;
        return new StepImageDefinition
        {
            Name = name,
            Id = context.GuidText(image, "SdkMessageProcessingStepImageId"),
            EntityAlias = alias,
            ImageType = (StepImageType)type.Value,
            MessagePropertyName = property,
            Attributes = ReadContext.CommaList(ReadContext.Text(image, "Attributes")),
            IsCustomizable = context.Flag(image, "IsCustomizable") ?? true,
            Source = context.Locate(image),
        };
    }
}
