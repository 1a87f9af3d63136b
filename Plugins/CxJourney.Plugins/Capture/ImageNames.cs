namespace CxJourney.Plugins.Capture;

/// <summary>
/// Entity image aliases the capture steps register (Solution/SdkMessageProcessingSteps): the images carry
/// everything capture needs, so the synchronous path reads nothing it can be given.
/// https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context#entity-images
/// </summary>
public static class ImageNames
{
    /// <summary>Post-image of a Create step (message property Id).</summary>
    public const string Created = "created";

    /// <summary>Pre-image of an Update step: the state before.</summary>
    public const string Before = "before";

    /// <summary>Post-image of an Update step: the record after.</summary>
    public const string After = "after";
}
