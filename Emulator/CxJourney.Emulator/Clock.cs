using System;

namespace CxJourney.Emulator;

/// <summary>
/// The organization's notion of "now". Tests and the demo control it so that createdon, date
/// operators, business hours and async ordering are reproducible.
/// </summary>
public sealed class OrganizationClock
{
    private readonly object _gate = new();
    private DateTime _now;
    private readonly bool _frozen;

    /// <summary>A clock that follows the machine's time.</summary>
    public OrganizationClock() { _frozen = false; }

    /// <summary>A clock frozen at <paramref name="utcNow"/> until moved.</summary>
    public OrganizationClock(DateTime utcNow)
    {
        _now = DateTime.SpecifyKind(utcNow, DateTimeKind.Utc);
        _frozen = true;
    }

    public DateTime UtcNow
    {
        get { lock (_gate) { return _frozen ? _now : DateTime.UtcNow; } }
    }

    public bool IsFrozen => _frozen;

    public void Set(DateTime utcNow)
    {
        if (!_frozen) throw new InvalidOperationException("This clock follows the machine; create it with a start time to control it.");
        lock (_gate) { _now = DateTime.SpecifyKind(utcNow, DateTimeKind.Utc); }
    }

    public void Advance(TimeSpan by)
    {
        if (!_frozen) throw new InvalidOperationException("This clock follows the machine; create it with a start time to control it.");
        lock (_gate) { _now = _now.Add(by); }
    }
}
