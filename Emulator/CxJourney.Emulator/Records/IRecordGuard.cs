using System;
using System.Collections.Generic;
using CxJourney.Emulator.Requests;
using CxJourney.Emulator.Store;
using CxJourney.SolutionModel.Metadata;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Records;

/// <summary>
/// What the record operations ask before they write, and tell after they delete: the organization's
/// security (Security/AccessChecks) answers, so records depend on no security type.
/// </summary>
internal interface IRecordGuard
{
    /// <summary>The row is built (owner and business unit set) and about to be inserted.</summary>
    void DemandCreate(RequestContext context, TableMetadata table, Entity row, IEnumerable<string> columns);

    /// <summary>The row's new state is built from <paramref name="existing"/> and the request's columns.</summary>
    void DemandUpdate(RequestContext context, TableMetadata table, Entity existing, Entity changed, IReadOnlyCollection<string> columns);

    void DemandDelete(RequestContext context, TableMetadata table, Entity existing);

    /// <summary>The row is about to be linked to or unlinked from another through a many-to-many relationship.</summary>
    void DemandLink(RequestContext context, TableMetadata table, Entity row);

    /// <summary>The row was inserted (<paramref name="before"/> null) or replaced: a parental lookup it set moves its inherited access.</summary>
    void Written(RequestContext context, TableMetadata table, Entity? before, Entity after);

    /// <summary>The row is gone: whatever was kept about it (its shares) goes with it, unless the transaction rolls back.</summary>
    void Deleted(StoreTransaction? transaction, string table, Guid id);
}
