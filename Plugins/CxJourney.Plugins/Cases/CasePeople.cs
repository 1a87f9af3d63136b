using Microsoft.Xrm.Sdk;

namespace CxJourney.Plugins.Cases;

/// <summary>The customer contact of a case (or of a feedback answer) as the follow-up rules need it.</summary>
public sealed class CaseContact
{
    public CaseContact(EntityReference reference)
    {
        Reference = reference;
    }

    public EntityReference Reference { get; }

    /// <summary>statecode Active.</summary>
    public bool IsActive { get; init; } = true;

    public bool DoNotPhone { get; init; }

    public bool DoNotEmail { get; init; }

    public string? FullName { get; init; }

    public EntityReference? Owner { get; init; }

    /// <summary>The owner is a user whose account is disabled, so it cannot take a follow-up.</summary>
    public bool OwnerDisabled { get; init; }

    /// <summary>telephone1, else mobilephone: the number a follow-up call dials.</summary>
    public string? Phone { get; init; }

    /// <summary>cx_segment.</summary>
    public OptionSetValue? Segment { get; init; }
}
