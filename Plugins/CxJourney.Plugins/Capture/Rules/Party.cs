namespace CxJourney.Plugins.Capture.Rules;

/// <summary>
/// One activity party (a from, to, cc, bcc or attendee entry): the row it points to, if any, and whether
/// that row was deleted. An entry with only an email address (an unknown sender) has no row.
/// https://learn.microsoft.com/power-apps/developer/data-platform/activityparty-entity
/// </summary>
public sealed class Party
{
    public Party(RowRef? row, bool isDeleted = false, string? address = null)
    {
        Row = row;
        IsDeleted = isDeleted;
        Address = address;
    }

    public RowRef? Row { get; }

    public bool IsDeleted { get; }

    public string? Address { get; }

    public override string ToString() => Row?.ToString() ?? (Address is null ? "(empty party)" : "address " + Address);
}
