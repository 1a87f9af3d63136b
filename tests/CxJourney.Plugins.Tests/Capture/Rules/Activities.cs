using System;
using CxJourney.Plugins.Capture.Rules;
using CxJourney.Plugins.Model;

namespace CxJourney.Plugins.Tests.Capture.Rules;

/// <summary>Terse snapshot builders for the pure capture rule tests.</summary>
internal static class Activities
{
    public static readonly DateTime Created = new(2025, 2, 3, 9, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime Operation = new(2025, 2, 3, 12, 0, 0, DateTimeKind.Utc);
    public static readonly Guid OperationId = new("7a1d3c5e-9b2f-4e6a-8c0d-1f3e5a7b9c2d");

    public static readonly Guid Ada = new("0000000a-0000-0000-0000-00000000000a");
    public static readonly Guid Bob = new("0000000b-0000-0000-0000-00000000000b");
    public static readonly Guid Cy = new("0000000c-0000-0000-0000-00000000000c");
    public static readonly Guid User = new("000000f0-0000-0000-0000-0000000000f0");
    public static readonly Guid Queue = new("000000f1-0000-0000-0000-0000000000f1");
    public static readonly Guid Acme = new("000000a1-0000-0000-0000-0000000000a1");
    public static readonly Guid Case = new("000000c1-0000-0000-0000-0000000000c1");

    public static Party Contact(Guid id) => new(new RowRef(Tables.Contact, id));

    public static Party Row(string table, Guid id, bool deleted = false) => new(new RowRef(table, id), deleted);

    public static Party[] Parties(params Party[] parties) => parties;

    public static ActivitySnapshot Email(bool outgoing, Party[]? from = null, Party[]? to = null, Party[]? cc = null, Party[]? bcc = null,
        RowRef? regarding = null, string? subject = "Order 4711", string? body = null) =>
        new(Tables.Email, new Guid("e0000000-0000-0000-0000-000000000001"))
        {
            Outgoing = outgoing,
            From = from ?? Array.Empty<Party>(),
            To = to ?? Array.Empty<Party>(),
            Cc = cc ?? Array.Empty<Party>(),
            Bcc = bcc ?? Array.Empty<Party>(),
            Regarding = regarding,
            Subject = subject,
            Body = body,
            Owner = new RowRef(Tables.SystemUser, User),
            CreatedOn = Created,
        };
}
