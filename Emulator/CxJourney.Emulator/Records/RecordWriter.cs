using System;
using System.Collections.Generic;
using CxJourney.Emulator.Requests;
using CxJourney.Emulator.Store;
using CxJourney.SolutionModel.Metadata;
using CxJourney.SolutionModel.Schema;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Records;

/// <summary>
/// The core of Create, Update and Delete: what the platform does to a row once a request has
/// reached its main operation. Every write goes through the request's store transaction.
/// </summary>
internal sealed class RecordWriter
{
    private readonly OrganizationCore _core;

    public RecordWriter(OrganizationCore core) { _core = core; }

    // ------------------------------------------------------------------ Create

    public Guid Create(Entity target, RequestContext context, WriteMode mode = WriteMode.Request)
    {
        TableMetadata table = _core.Table(target.LogicalName);
        Guid id = IdOf(table, target);
        if (id == Guid.Empty) id = _core.Ids.NewId();
        if (_core.Store.Contains(table.LogicalName, id)) throw RecordFaults.DuplicateId(table.LogicalName, id);
        if (table.IsActivity) EnsureActivityIdFree(table, id);

        Dictionary<string, object?> values = _core.Values.PrepareAll(table, target, mode == WriteMode.Seed ? WriteIntent.Seed : WriteIntent.Create);
        var row = new Entity(table.LogicalName, id);
        row[table.PrimaryIdAttribute] = id;

        DateTime now = ColumnValues.NormalizeDate(_core.Clock.UtcNow);
        var caller = new EntityReference("systemuser", context.UserId);
        foreach (KeyValuePair<string, object?> value in values)
        {
            if (value.Key == table.PrimaryIdAttribute || value.Value is null) continue;
            if (mode == WriteMode.Request && (SystemColumns.IsIgnoredOnWrite(value.Key) || value.Key == SystemColumns.StateCode)) continue;
            if (value.Key is SystemColumns.StatusCode or SystemColumns.StateCode or SystemColumns.OwnerId) continue;
            row[value.Key] = value.Value;
        }

        SetIfColumn(table, row, SystemColumns.CreatedOn, values.TryGetValue(SystemColumns.OverriddenCreatedOn, out object? overridden) && overridden is DateTime
            ? overridden
            : mode == WriteMode.Seed && row.Contains(SystemColumns.CreatedOn) ? row[SystemColumns.CreatedOn] : now);
        SetIfColumn(table, row, SystemColumns.ModifiedOn, mode == WriteMode.Seed && row.Contains(SystemColumns.ModifiedOn) ? row[SystemColumns.ModifiedOn] : now);
        SetIfColumn(table, row, SystemColumns.CreatedBy, mode == WriteMode.Seed && row.Contains(SystemColumns.CreatedBy) ? row[SystemColumns.CreatedBy] : caller);
        SetIfColumn(table, row, SystemColumns.ModifiedBy, mode == WriteMode.Seed && row.Contains(SystemColumns.ModifiedBy) ? row[SystemColumns.ModifiedBy] : RowCopy.CloneReference(caller));
        if (context.InitiatingUserId != context.UserId)
        {
            // An impersonated call: createdby is the user acted for, createdonbehalfby the one acting.
            SetIfColumn(table, row, SystemColumns.CreatedOnBehalfBy, new EntityReference("systemuser", context.InitiatingUserId));
            SetIfColumn(table, row, SystemColumns.ModifiedOnBehalfBy, new EntityReference("systemuser", context.InitiatingUserId));
        }

        if (table.Ownership == TableOwnership.UserOwned)
        {
            EntityReference owner = values.TryGetValue(SystemColumns.OwnerId, out object? given) && given is EntityReference ownerRef ? ownerRef : caller;
            ApplyOwner(table, row, owner);
        }

        if (table.TryGetColumn("organizationid", out ColumnMetadata? organization) && !row.Contains("organizationid") && _core.OrganizationId != Guid.Empty)
        {
            row["organizationid"] = organization.IsLookup ? new EntityReference("organization", _core.OrganizationId) : _core.OrganizationId;
        }

        ApplyInitialState(table, row, values, mode, id);
        ApplyDefaults(table, row, values);
        _core.AutoNumbers.Fill(table, row);
        ApplyComputed(table, row);
        if (mode == WriteMode.Request) _core.Guard.DemandCreate(context, table, row, values.Keys);
        StampVersion(row);
        EnsureKeysUnique(table, row);
        _core.Store.Insert(context.Transaction, row);
        _core.Guard.Written(context, table, null, row);
        ActivityParties.AfterWrite(_core, table, row, values.Keys, context);
        return id;
    }

    // Every activity table shares activitypointer's primary key (activityid): a task and a phone call can never
    // have the same id, so creating one with an id another activity holds fails as a duplicate.
    // https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/activitypointer (primary key activityid)
    // https://learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.validaterequest.activities ("the primary key for the ActivityPointer entity")
    private void EnsureActivityIdFree(TableMetadata table, Guid id)
    {
        foreach (TableMetadata other in _core.Catalog.Tables)
        {
            if (!other.IsActivity || other.LogicalName == table.LogicalName || !_core.Store.HasTable(other.LogicalName)) continue;
            if (_core.Store.Contains(other.LogicalName, id)) throw RecordFaults.DuplicateId(other.LogicalName, id);
        }
    }

    // ------------------------------------------------------------------ Update

    public void Update(Entity target, RequestContext context, ConcurrencyBehavior concurrency)
    {
        TableMetadata table = _core.Table(target.LogicalName);
        Guid id = IdOf(table, target);
        if (id == Guid.Empty)
        {
            if (target.KeyAttributes.Count == 0) throw RecordFaults.MissingId("Update");
            id = _core.FindByKey(table, target.KeyAttributes) ?? throw RecordFaults.RecordNotFoundByKey(table.LogicalName);
        }
        Entity existing = _core.Store.Find(table.LogicalName, id) ?? throw RecordFaults.RecordNotFound(table.LogicalName, id);
        CheckVersion(concurrency, target.RowVersion, existing);

        Dictionary<string, object?> values = _core.Values.PrepareAll(table, target, WriteIntent.Update);
        LifecycleRules.CheckUpdate(table, existing, values, context);

        Entity row = RowCopy.CloneColumns(existing);
        foreach (KeyValuePair<string, object?> value in values)
        {
            if (value.Key == table.PrimaryIdAttribute || SystemColumns.IsIgnoredOnWrite(value.Key)) continue;
            if (value.Key is SystemColumns.StateCode or SystemColumns.StatusCode or SystemColumns.OwnerId
                or SystemColumns.OverriddenCreatedOn) continue;
            if (value.Value is null) row.Attributes.Remove(value.Key);
            else row[value.Key] = value.Value;
        }

        if (values.ContainsKey(SystemColumns.StateCode) || values.ContainsKey(SystemColumns.StatusCode))
        {
            ApplyStateChange(table, row, values, id);
        }
        EntityReference? previousOwner = existing.GetAttributeValue<EntityReference>(SystemColumns.OwnerId);
        EntityReference? assignedTo = null;
        if (values.TryGetValue(SystemColumns.OwnerId, out object? owner) && owner is EntityReference newOwner && table.Ownership == TableOwnership.UserOwned)
        {
            ApplyOwner(table, row, newOwner);
            if (previousOwner?.Id != newOwner.Id) assignedTo = row.GetAttributeValue<EntityReference>(SystemColumns.OwnerId);
        }

        SetIfColumn(table, row, SystemColumns.ModifiedOn, ColumnValues.NormalizeDate(_core.Clock.UtcNow));
        SetIfColumn(table, row, SystemColumns.ModifiedBy, new EntityReference("systemuser", context.UserId));
        if (context.InitiatingUserId != context.UserId)
        {
            SetIfColumn(table, row, SystemColumns.ModifiedOnBehalfBy, new EntityReference("systemuser", context.InitiatingUserId));
        }
        else
        {
            row.Attributes.Remove(SystemColumns.ModifiedOnBehalfBy);
        }
        ApplyComputed(table, row);
        _core.Guard.DemandUpdate(context, table, existing, row, values.Keys);
        StampVersion(row);
        EnsureKeysUnique(table, row);
        _core.Store.Replace(context.Transaction, row);
        _core.Guard.Written(context, table, existing, row);
        if (assignedTo is not null) new CascadeAssign(_core).Run(table, id, previousOwner, assignedTo, context);
        ActivityParties.AfterWrite(_core, table, row, values.Keys, context);
    }

    // ------------------------------------------------------------------ Delete

    public void Delete(EntityReference target, RequestContext context, ConcurrencyBehavior concurrency)
    {
        TableMetadata table = _core.Table(target.LogicalName);
        Guid id = target.Id;
        if (id == Guid.Empty)
        {
            if (target.KeyAttributes.Count == 0) throw RecordFaults.MissingId("Delete");
            id = _core.FindByKey(table, target.KeyAttributes) ?? throw RecordFaults.RecordNotFoundByKey(table.LogicalName);
        }
        Entity existing = _core.Store.Find(table.LogicalName, id) ?? throw RecordFaults.RecordNotFound(table.LogicalName, id);
        CheckVersion(concurrency, target.RowVersion, existing);
        _core.Guard.DemandDelete(context, table, existing);
        new CascadeDelete(_core).Run(table, id, context);
        ActivityParties.BeforeDelete(_core, table, id, context);
        _core.Store.Remove(context.Transaction, table.LogicalName, id);
        _core.Guard.Deleted(context.Transaction, table.LogicalName, id);
    }

    // ------------------------------------------------------------------ parts

    /// <summary>The id the entity carries, in Entity.Id or in its primary key attribute; the two must agree.</summary>
    internal static Guid IdOf(TableMetadata table, Entity target)
    {
        Guid id = target.Id;
        if (target.Attributes.TryGetValue(table.PrimaryIdAttribute, out object? value) && value is Guid attributeId && attributeId != Guid.Empty)
        {
            if (id != Guid.Empty && id != attributeId)
            {
                throw Faults.Fault.Create(Faults.ErrorCodes.InvalidArgument, "Entity Id must be the same as the value set in property bag.");
            }
            id = attributeId;
        }
        return id;
    }

    private static void CheckVersion(ConcurrencyBehavior concurrency, string? rowVersion, Entity existing)
    {
        if (concurrency != ConcurrencyBehavior.IfRowVersionMatches) return;
        if (string.IsNullOrEmpty(rowVersion)) throw RecordFaults.VersionNotProvided();
        if (!string.Equals(rowVersion, existing.RowVersion, StringComparison.Ordinal)) throw RecordFaults.VersionMismatch();
    }

    private void StampVersion(Entity row)
    {
        long version = _core.Store.NextRowVersion();
        row[SystemColumns.VersionNumber] = version;
        row.RowVersion = OrganizationStore.FormatRowVersion(version);
    }

    private void EnsureKeysUnique(TableMetadata table, Entity row)
    {
        (AlternateKeyDefinition Key, Guid Existing)? conflict = _core.Store.FindKeyConflict(row);
        if (conflict is null) return;
        AlternateKeyMetadata key = table.FindAlternateKey(conflict.Value.Key.LogicalName)!;
        throw RecordFaults.DuplicateKey(table, key);
    }

    internal void ApplyOwner(TableMetadata table, Entity row, EntityReference owner)
    {
        Guid ownerId = _core.ResolveReference(owner);
        row[SystemColumns.OwnerId] = new EntityReference(owner.LogicalName, ownerId);
        row.Attributes.Remove(SystemColumns.OwningUser);
        row.Attributes.Remove(SystemColumns.OwningTeam);
        if (owner.LogicalName == "systemuser") SetIfColumn(table, row, SystemColumns.OwningUser, new EntityReference("systemuser", ownerId));
        if (owner.LogicalName == "team") SetIfColumn(table, row, SystemColumns.OwningTeam, new EntityReference("team", ownerId));
        if (_core.Store.ValueOf<EntityReference>(owner.LogicalName, ownerId, SystemColumns.BusinessUnitId) is EntityReference unit)
        {
            SetIfColumn(table, row, SystemColumns.OwningBusinessUnit, new EntityReference("businessunit", unit.Id));
        }
    }

    /// <summary>
    /// A new row starts in the table's first state whatever statecode the request carries; a
    /// statuscode is kept when it belongs to that state and refused otherwise.
    /// </summary>
    private static void ApplyInitialState(TableMetadata table, Entity row, Dictionary<string, object?> values, WriteMode mode, Guid id)
    {
        if (!table.HasStates) return;
        TableState state = table.States[0];
        if (mode == WriteMode.Seed && values.TryGetValue(SystemColumns.StateCode, out object? seeded) && seeded is OptionSetValue seededState)
        {
            if (!table.TryGetState(seededState.Value, out TableState? chosen)) throw RecordFaults.InvalidState(table, seededState.Value);
            state = chosen;
        }
        int status = state.DefaultStatus;
        if (values.TryGetValue(SystemColumns.StatusCode, out object? given) && given is OptionSetValue givenStatus)
        {
            if (!table.IsValidStatus(state.Value, givenStatus.Value)) throw RecordFaults.InvalidStatus(table, state.Value, givenStatus.Value, id);
            status = givenStatus.Value;
        }
        row[SystemColumns.StateCode] = new OptionSetValue(state.Value);
        row[SystemColumns.StatusCode] = new OptionSetValue(status);
    }

    /// <summary>
    /// statecode and statuscode written together must pair up; statecode alone takes that
    /// state's default status; statuscode alone must belong to the row's current state.
    /// </summary>
    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-update-delete
    private static void ApplyStateChange(TableMetadata table, Entity row, Dictionary<string, object?> values, Guid id)
    {
        if (!table.HasStates) return;
        int state = row.GetAttributeValue<OptionSetValue>(SystemColumns.StateCode)?.Value ?? table.States[0].Value;
        if (values.TryGetValue(SystemColumns.StateCode, out object? givenState) && givenState is OptionSetValue newState)
        {
            if (!table.TryGetState(newState.Value, out _)) throw RecordFaults.InvalidState(table, newState.Value);
            state = newState.Value;
        }
        int status;
        if (values.TryGetValue(SystemColumns.StatusCode, out object? givenStatus) && givenStatus is OptionSetValue newStatus && newStatus.Value != -1)
        {
            if (!table.IsValidStatus(state, newStatus.Value)) throw RecordFaults.InvalidStatus(table, state, newStatus.Value, id);
            status = newStatus.Value;
        }
        else
        {
            status = table.GetDefaultStatus(state)!.Value;
        }
        row[SystemColumns.StateCode] = new OptionSetValue(state);
        row[SystemColumns.StatusCode] = new OptionSetValue(status);
    }

    /// <summary>Choice and yes/no columns with a default value get it when the request leaves them out.</summary>
    private static void ApplyDefaults(TableMetadata table, Entity row, Dictionary<string, object?> values)
    {
        foreach (ColumnMetadata column in table.Columns)
        {
            if (column.DefaultValue is not int defaultValue || values.ContainsKey(column.LogicalName) || row.Contains(column.LogicalName)) continue;
            if (column.Type == ColumnType.Boolean) row[column.LogicalName] = defaultValue != 0;
            else if (column.Type == ColumnType.Picklist && defaultValue != -1 && column.HasOption(defaultValue)) row[column.LogicalName] = new OptionSetValue(defaultValue);
        }
    }

    /// <summary>
    /// Columns the platform derives from others: fullname of people tables, composed from first
    /// and last name ("First Last"), and the account/contact split of a customer lookup
    /// (contact.parentcustomerid → accountid or parentcontactid; incident.customerid → accountid or contactid).
    /// </summary>
    private static void ApplyComputed(TableMetadata table, Entity row)
    {
        if (table.LogicalName == "contact") SplitCustomer(table, row, "parentcustomerid", "accountid", "parentcontactid");
        if (table.LogicalName == "incident") SplitCustomer(table, row, "customerid", "accountid", "contactid");

        if (!table.HasColumn("fullname") || !table.HasColumn("firstname") || !table.HasColumn("lastname")) return;
        string first = row.GetAttributeValue<string>("firstname") ?? "";
        string last = row.GetAttributeValue<string>("lastname") ?? "";
        string full = (first + " " + last).Trim();
        if (full.Length > 0) row["fullname"] = full;
        else row.Attributes.Remove("fullname");
    }

    private static void SplitCustomer(TableMetadata table, Entity row, string customer, string accountColumn, string contactColumn)
    {
        EntityReference? value = row.GetAttributeValue<EntityReference>(customer);
        row.Attributes.Remove(accountColumn);
        row.Attributes.Remove(contactColumn);
        if (value?.LogicalName == "account") SetIfColumn(table, row, accountColumn, new EntityReference("account", value.Id));
        if (value?.LogicalName == "contact") SetIfColumn(table, row, contactColumn, new EntityReference("contact", value.Id));
    }

    private static void SetIfColumn(TableMetadata table, Entity row, string column, object? value)
    {
        if (table.HasColumn(column) && value is not null) row[column] = value;
    }
}
