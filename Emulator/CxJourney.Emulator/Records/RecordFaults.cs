using System;
using System.Collections.Generic;
using System.Globalization;
using System.ServiceModel;
using CxJourney.Emulator.Faults;
using CxJourney.SolutionModel.Metadata;
using CxJourney.SolutionModel.Schema;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Emulator.Records;

/// <summary>
/// The faults the record operations raise, each with its documented error code and a message
/// worded as the platform words it (where the wording is known from the platform's own output).
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes
internal static class RecordFaults
{
    public static FaultException<OrganizationServiceFault> RecordNotFound(string table, Guid id) =>
        Fault.Create(ErrorCodes.ObjectDoesNotExist, $"Entity '{table}' With Id = {id:D} Does Not Exist");

    public static FaultException<OrganizationServiceFault> RecordNotFoundByKey(string table) =>
        Fault.Create(ErrorCodes.RecordNotFoundByEntityKey, $"A record with the specified key values does not exist in {table} entity");

    public static FaultException<OrganizationServiceFault> UnknownTable(UnknownTableException unknown) =>
        Fault.Create(ErrorCodes.QueryBuilderNoEntity, unknown.Message);

    public static FaultException<OrganizationServiceFault> UnknownTable(string table) =>
        UnknownTable(new UnknownTableException(table));

    public static FaultException<OrganizationServiceFault> UnknownColumn(string table, string column) =>
        Fault.Create(ErrorCodes.QueryBuilderNoAttribute, new UnknownColumnException(table, column).Message);

    /// <summary>A value whose .NET type the column cannot hold (a string into an integer, an OptionSetValue into a lookup).</summary>
    public static FaultException<OrganizationServiceFault> WrongType(string table, ColumnMetadata column, object value) =>
        Fault.Create(
            ErrorCodes.InvalidArgument,
            $"Incorrect type of attribute value {value.GetType().FullName}: column '{column.LogicalName}' of '{table}' is of type {column.Type} and takes {ExpectedType(column)}.");

    public static FaultException<OrganizationServiceFault> NotALookupTarget(string table, ColumnMetadata column, EntityReference value) =>
        Fault.Create(
            ErrorCodes.InvalidArgument,
            column.Targets.Count == 0
                ? $"The entity reference to '{value.LogicalName}' is not valid for lookup '{column.LogicalName}' of '{table}': none of the tables it can refer to exists in this organization, so it can only be empty."
                : $"The entity reference to '{value.LogicalName}' is not valid for lookup '{column.LogicalName}' of '{table}'; it can refer to: {string.Join(", ", column.Targets)}.");

    public static FaultException<OrganizationServiceFault> StringTooLong(string table, ColumnMetadata column) =>
        Fault.Create(
            ErrorCodes.StringLengthTooLong,
            $"A validation error occurred. The length of the '{column.LogicalName}' attribute of the '{table}' entity exceeded the maximum allowed length of '{column.MaxLength}'.");

    public static FaultException<OrganizationServiceFault> OptionOutOfRange(string table, ColumnMetadata column, int value)
    {
        var accepted = new List<string>();
        foreach (ChoiceOption option in column.Options) accepted.Add(option.Value.ToString(CultureInfo.InvariantCulture));
        return Fault.Create(
            ErrorCodes.PicklistValueOutOfRange,
            $"A validation error occurred. The value {value} of '{column.LogicalName}' on record of type '{table}' is outside the valid range. Accepted Values: {string.Join(",", accepted)}");
    }

    /// <summary>A number outside the column's MinValue..MaxValue.</summary>
    public static FaultException<OrganizationServiceFault> NumberOutOfRange(string table, ColumnMetadata column, decimal value) =>
        Fault.Create(ErrorCodes.InvalidArgument,
            $"A validation error occurred. The value {value.ToString(System.Globalization.CultureInfo.InvariantCulture)} of '{column.LogicalName}' on record of type '{table}' is outside the valid range. Accepted Values: {column.MinValue?.ToString(System.Globalization.CultureInfo.InvariantCulture)} to {column.MaxValue?.ToString(System.Globalization.CultureInfo.InvariantCulture)}");

    public static FaultException<OrganizationServiceFault> DateOutOfRange(string table, ColumnMetadata column, DateTime value) =>
        Fault.Create(
            ErrorCodes.InvalidDateTime,
            $"The date-time format is invalid, or value is outside the supported range. Column '{column.LogicalName}' of '{table}' got {value:O}; the earliest supported value is 1753-01-01.");

    public static FaultException<OrganizationServiceFault> CannotBeNull(ColumnMetadata column) =>
        Fault.Create(ErrorCodes.InvalidArgument, $"Attribute: {column.LogicalName} cannot be set to NULL");

    public static FaultException<OrganizationServiceFault> DuplicateId(string table, Guid id) =>
        Fault.Create(ErrorCodes.DuplicateRecord, $"A record with matching key values already exists. Cannot insert duplicate key: a '{table}' row with id {id:D} already exists.");

    public static FaultException<OrganizationServiceFault> DuplicateKey(TableMetadata table, AlternateKeyMetadata key)
    {
        var names = new List<string>();
        foreach (string column in key.KeyAttributes)
        {
            names.Add(table.TryGetColumn(column, out ColumnMetadata? meta) && meta.DisplayName.Length > 0 ? meta.DisplayName : column);
        }
        string keyName = key.DisplayName.Length > 0 ? key.DisplayName : key.LogicalName;
        return Fault.Create(
            ErrorCodes.DuplicateRecordEntityKey,
            $"A record that has the attribute values {string.Join(", ", names)} already exists. The entity key {keyName} requires that this set of attributes contains unique values. Select unique values and try again.");
    }

    public static FaultException<OrganizationServiceFault> InvalidStatus(TableMetadata table, int state, int status, Guid id)
    {
        string stateName = table.TryGetState(state, out TableState? s) ? s.InvariantName : state.ToString(CultureInfo.InvariantCulture);
        return Fault.Create(
            ErrorCodes.InvalidStateCodeStatusCode,
            $"{status} is not a valid status code for state code {table.SchemaName}State.{stateName} on {table.LogicalName} with Id {id:D}.");
    }

    public static FaultException<OrganizationServiceFault> InvalidState(TableMetadata table, int state) =>
        Fault.Create(
            ErrorCodes.InvalidStateCodeStatusCode,
            $"State code is invalid or state code is valid but status code is invalid for a specified state code. {state} is not a statecode of {table.LogicalName}.");

    public static FaultException<OrganizationServiceFault> MissingId(string message) =>
        Fault.Create(ErrorCodes.InvalidArgument, $"Entity Id must be specified for {message}");

    public static FaultException<OrganizationServiceFault> MissingParameter(string message, string parameter) =>
        Fault.Create(ErrorCodes.InvalidArgument, $"Required field '{parameter}' is missing for message '{message}'.");

    public static FaultException<OrganizationServiceFault> VersionMismatch() =>
        Fault.Create(ErrorCodes.ConcurrencyVersionMismatch, "The version of the existing record doesn't match the RowVersion property provided.");

    public static FaultException<OrganizationServiceFault> VersionNotProvided() =>
        Fault.Create(ErrorCodes.ConcurrencyVersionNotProvided, "The RowVersion property must be provided when the value of ConcurrencyBehavior is IfVersionMatches.");

    private static string ExpectedType(ColumnMetadata column) => column.Type switch
    {
        ColumnType.String or ColumnType.Memo or ColumnType.EntityName => "System.String",
        ColumnType.Integer => "System.Int32",
        ColumnType.BigInt => "System.Int64",
        ColumnType.Decimal => "System.Decimal",
        ColumnType.Double => "System.Double",
        ColumnType.Money => "Microsoft.Xrm.Sdk.Money",
        ColumnType.Boolean => "System.Boolean",
        ColumnType.DateTime => "System.DateTime",
        ColumnType.Lookup or ColumnType.Customer or ColumnType.Owner => "Microsoft.Xrm.Sdk.EntityReference",
        ColumnType.Picklist or ColumnType.State or ColumnType.Status => "Microsoft.Xrm.Sdk.OptionSetValue",
        ColumnType.MultiSelectPicklist => "Microsoft.Xrm.Sdk.OptionSetValueCollection",
        ColumnType.Uniqueidentifier => "System.Guid",
        ColumnType.PartyList => "Microsoft.Xrm.Sdk.EntityCollection",
        ColumnType.Image or ColumnType.File => "System.Byte[]",
        _ => "a value of its type",
    };
}
