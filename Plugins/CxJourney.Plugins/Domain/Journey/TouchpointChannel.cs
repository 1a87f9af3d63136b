namespace CxJourney.Plugins.Domain.Journey;

/// <summary>Where a touchpoint happened. Values are stored in the touchpoint's choice column and never change.</summary>
public enum TouchpointChannel
{
    Other = 0,
    Email = 1,
    Phone = 2,
    Appointment = 3,
    Chat = 4,
    Sms = 5,
    Social = 6,
    Web = 7,
    Kiosk = 8,
    Survey = 9,
    Case = 10,
    Order = 11,
    Letter = 12,
    Invoice = 13,
    Quote = 14,
    Opportunity = 15,
    Lead = 16,
}
