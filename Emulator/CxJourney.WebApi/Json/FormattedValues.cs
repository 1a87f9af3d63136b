using System;
using System.Collections.Generic;
using System.Globalization;
using CxJourney.SolutionModel.Metadata;
using CxJourney.SolutionModel.Schema;
using Microsoft.Xrm.Sdk;

namespace CxJourney.WebApi.Json;

/// <summary>
/// The display strings Dataverse returns as @OData.Community.Display.V1.FormattedValue: a choice's
/// label, a yes/no column's label, a lookup's primary name, money as currency, numbers with group
/// separators, dates in the user's format. The local organization's users read en-US in UTC.
/// Text and unique identifiers have none.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/select-columns#formatted-values
internal static class FormattedValues
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-US");

    public static string? Format(ColumnMetadata? column, object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case EntityReference reference:
                return reference.Name;
            case OptionSetValue option:
                return column is not null && column.TryGetOption(option.Value, out ChoiceOption choice) ? choice.Label : null;
            case OptionSetValueCollection options:
                var labels = new List<string>();
                foreach (OptionSetValue item in options)
                {
                    if (column is not null && column.TryGetOption(item.Value, out ChoiceOption label)) labels.Add(label.Label);
                }

                return string.Join("; ", labels);
            case bool flag:
                return column is not null && column.TryGetOption(flag ? 1 : 0, out ChoiceOption yesNo) ? yesNo.Label : (flag ? "Yes" : "No");
            case Money money:
                return money.Value.ToString("C" + Digits(column, 2), Culture);
            case DateTime date:
                bool dateOnly = column?.DateTimeBehavior == ColumnDateTimeBehavior.DateOnly || column?.Format == "date";
                return date.ToString(dateOnly ? "M/d/yyyy" : "M/d/yyyy h:mm tt", Culture);
            case int or long:
                return ((IFormattable)value).ToString("N0", Culture);
            case decimal number:
                return number.ToString("N" + Digits(column, 2), Culture);
            case double real:
                return real.ToString("N" + Digits(column, 2), Culture);
            default:
                return null;
        }
    }

    private static string Digits(ColumnMetadata? column, int fallback) =>
        (column?.Precision ?? fallback).ToString(CultureInfo.InvariantCulture);
}
