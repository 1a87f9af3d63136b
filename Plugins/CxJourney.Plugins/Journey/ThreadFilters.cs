using System;
using System.Linq;
using CxJourney.Plugins.Journey.Rollup;
using CxJourney.Plugins.Model;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Plugins.Journey;

/// <summary>Query filters for a contact's thread and for the parts touchpoints play in it (<see cref="ThreadRoles"/>).</summary>
internal static class ThreadFilters
{
    /// <summary>
    /// Narrows a query's top-level AND filter to the contact's active touchpoints of one thread (null: the general
    /// conversation, which has no key). Top level, so the contact condition can drive an index seek.
    /// </summary>
    public static void Thread(FilterExpression criteria, Guid contactId, string? threadKey)
    {
        criteria.AddCondition(TouchpointColumns.Contact, ConditionOperator.Equal, contactId);
        criteria.AddCondition(TouchpointColumns.StateCode, ConditionOperator.Equal, 0);
        criteria.AddFilter(Happened());
        if (string.IsNullOrEmpty(threadKey)) criteria.AddCondition(TouchpointColumns.ThreadKey, ConditionOperator.Null);
        else criteria.AddCondition(TouchpointColumns.ThreadKey, ConditionOperator.Equal, threadKey!);
    }

    /// <summary>
    /// A touchpoint whose moment happened: cx_status Happened, or empty (rows written before the column existed). A
    /// planned call or a cancelled appointment is on the timeline but counted nowhere: not a message, not a reply.
    /// </summary>
    public static FilterExpression Happened()
    {
        var f = new FilterExpression(LogicalOperator.Or);
        f.AddCondition(TouchpointColumns.Status, ConditionOperator.Null);
        f.AddCondition(TouchpointColumns.Status, ConditionOperator.Equal, Choices.TouchpointStatus.Happened);
        return f;
    }

    /// <summary>The same condition as FetchXML, for the aggregate queries.</summary>
    public static string HappenedFetchXml { get; } =
        "<filter type=\"or\"><condition attribute=\"" + TouchpointColumns.Status + "\" operator=\"null\" /><condition attribute=\"" +
        TouchpointColumns.Status + "\" operator=\"eq\" value=\"" + Choices.TouchpointStatus.Happened.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\" /></filter>";

    /// <summary>A reply or a case closure.</summary>
    public static FilterExpression Answer()
    {
        var answer = new FilterExpression(LogicalOperator.Or);
        answer.AddFilter(Reply());
        answer.AddFilter(CaseClose());
        return answer;
    }

    /// <summary>A customer message, a reply or a case closure: everything reply pairing reads.</summary>
    public static FilterExpression Relevant()
    {
        var relevant = new FilterExpression(LogicalOperator.Or);
        relevant.AddFilter(CustomerMessage());
        relevant.AddFilter(Reply());
        relevant.AddFilter(CaseClose());
        return relevant;
    }

    public static FilterExpression CustomerMessage()
    {
        var f = new FilterExpression(LogicalOperator.And);
        f.AddCondition(TouchpointColumns.Direction, ConditionOperator.Equal, Choices.Direction.Inbound);
        f.AddCondition(TouchpointColumns.Channel, ConditionOperator.In, Values(ThreadRoles.ConversationChannels));
        f.AddCondition(TouchpointColumns.Kind, ConditionOperator.In, Values(ThreadRoles.CustomerMessageKinds));
        return f;
    }

    private static FilterExpression Reply()
    {
        var f = new FilterExpression(LogicalOperator.And);
        f.AddCondition(TouchpointColumns.Direction, ConditionOperator.Equal, Choices.Direction.Outbound);
        f.AddCondition(TouchpointColumns.Channel, ConditionOperator.In, Values(ThreadRoles.ConversationChannels));
        f.AddCondition(TouchpointColumns.Kind, ConditionOperator.In, Values(ThreadRoles.ReplyKinds));
        return f;
    }

    private static FilterExpression CaseClose()
    {
        var f = new FilterExpression(LogicalOperator.And);
        f.AddCondition(TouchpointColumns.Channel, ConditionOperator.Equal, Choices.Channel.Case);
        f.AddCondition(TouchpointColumns.Kind, ConditionOperator.In, Values(ThreadRoles.CaseCloseKinds));
        f.AddCondition(TouchpointColumns.ThreadKey, ConditionOperator.NotNull);
        return f;
    }

    private static object[] Values(System.Collections.Generic.IReadOnlyList<int> values) => values.Cast<object>().ToArray();
}
