namespace CxJourney.Plugins.Model;

/// <summary>
/// Entity image aliases (&lt;EntityAlias&gt;) the steps in Solution/SdkMessageProcessingSteps register: the
/// images carry what a step needs, so it reads nothing it can be given. The model tests check that every
/// alias a step file registers is one of these and each of these is registered.
/// https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context#entity-images
/// </summary>
public static class ImageAliases
{
    /// <summary>Capture: post-image of a Create step (message property Id).</summary>
    public const string Created = "created";

    /// <summary>Capture and the journey rollup (cx_status): pre-image of an Update step, the state before.</summary>
    public const string Before = "before";

    /// <summary>Capture: post-image of an Update step, the record after.</summary>
    public const string After = "after";

    /// <summary>Case events (scoring, with its follow-ups): pre-image of the case's Update, its state before the change.</summary>
    public const string CaseBefore = "pre";
}
