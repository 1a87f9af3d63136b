using System;
using System.Collections.Generic;

namespace CxJourney.SolutionModel;

/// <summary>The pipeline stage a step runs in (&lt;Stage&gt;).</summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/event-framework#event-execution-pipeline
public enum PluginStepStage
{
    PreValidation = 10,
    PreOperation = 20,
    PostOperation = 40,
}

/// <summary>&lt;Mode&gt;: 0 synchronous, 1 asynchronous.</summary>
public enum PluginStepMode
{
    Synchronous = 0,
    Asynchronous = 1,
}

/// <summary>&lt;SupportedDeployment&gt;: 0 server, 1 Outlook client, 2 both.</summary>
public enum StepSupportedDeployment
{
    ServerOnly = 0,
    ClientOnly = 1,
    Both = 2,
}

/// <summary>&lt;ImageType&gt;: 0 pre-image, 1 post-image, 2 both.</summary>
public enum StepImageType
{
    PreImage = 0,
    PostImage = 1,
    Both = 2,
}

/// <summary>A plugin step registration, from SdkMessageProcessingSteps/{guid}.xml.</summary>
public sealed record PluginStepDefinition
{
    public required Guid Id { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }
    public required Guid SdkMessageId { get; init; }

    /// <summary>
    /// The message (Create, Update...): from the documented platform id when <see cref="SdkMessageId"/>
    /// is one (<see cref="SdkMessages"/>), otherwise from the step name "Type: Message of table".
    /// </summary>
    public required string MessageName { get; init; }

    /// <summary>Logical name of the table, or null for a step on any table ("none").</summary>
    public string? PrimaryEntity { get; init; }
    public string? SecondaryEntity { get; init; }

    /// <summary>&lt;PluginTypeName&gt;: the plugin class's assembly-qualified name.</summary>
    public required string PluginTypeName { get; init; }
    public Guid? PluginTypeId { get; init; }
    public bool AsyncAutoDelete { get; init; }

    /// <summary>Columns an Update step is limited to, as written; empty means every column.</summary>
    public IReadOnlyList<string> FilteringAttributes { get; init; } = Array.Empty<string>();
    public int InvocationSource { get; init; }
    public required PluginStepMode Mode { get; init; }
    public required int Rank { get; init; }
    public int? EventHandlerTypeCode { get; init; }
    public required PluginStepStage Stage { get; init; }
    public bool IsCustomizable { get; init; } = true;
    public bool IsHidden { get; init; }
    public StepSupportedDeployment SupportedDeployment { get; init; }
    public string? IntroducedVersion { get; init; }

    /// <summary>The unsecure configuration string handed to the plugin's constructor, or null.</summary>
    public string? Configuration { get; init; }

    /// <summary>&lt;ImpersonatingUserId&gt;: the user the step runs as, or null for the caller.</summary>
    public Guid? ImpersonatingUserId { get; init; }

    /// <summary>False when the registration is written disabled (&lt;StateCode&gt;1&lt;/StateCode&gt;).</summary>
    public bool IsEnabled { get; init; } = true;
    public IReadOnlyList<StepImageDefinition> Images { get; init; } = Array.Empty<StepImageDefinition>();
    public required SourceLocation Source { get; init; }

    /// <summary>The plugin class's full name: <see cref="PluginTypeName"/> up to the first comma.</summary>
    public string PluginClassName
    {
        get
        {
            var comma = PluginTypeName.IndexOf(',', StringComparison.Ordinal);
            return (comma < 0 ? PluginTypeName : PluginTypeName[..comma]).Trim();
        }
    }

    public override string ToString() => Name;
}

/// <summary>An entity image registered on a step.</summary>
public sealed record StepImageDefinition
{
    public required string Name { get; init; }
    public Guid? Id { get; init; }
    public required string EntityAlias { get; init; }
    public required StepImageType ImageType { get; init; }

    /// <summary>Target for Update/Delete, Id for a Create post-image.</summary>
    public required string MessagePropertyName { get; init; }

    /// <summary>Columns in the image, as written; empty means every column.</summary>
    public IReadOnlyList<string> Attributes { get; init; } = Array.Empty<string>();
    public bool IsCustomizable { get; init; } = true;
    public required SourceLocation Source { get; init; }

    public bool IsPreImage => ImageType is StepImageType.PreImage or StepImageType.Both;
    public bool IsPostImage => ImageType is StepImageType.PostImage or StepImageType.Both;

    public override string ToString() => $"{EntityAlias} ({ImageType})";
}
