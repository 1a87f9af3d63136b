namespace CxJourney.Plugins.Domain.Journey;

/// <summary>
/// How a touchpoint speaks about the customer's satisfaction; decided by <see cref="FeedbackClassifier"/> when the
/// touchpoint is recorded and stored with it, so journey summaries can group by it.
/// </summary>
public enum FeedbackBand
{
    None = 0,
    Negative = 1,
    Good = 2,
    Promoter = 3,
}
