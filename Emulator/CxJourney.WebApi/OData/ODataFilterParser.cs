using System;
using System.Collections.Generic;
using CxJourney.SolutionModel.Metadata;
using CxJourney.SolutionModel.Schema;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.WebApi.OData;

/// <summary>
/// Translates a $filter expression into a FilterExpression for the table's QueryExpression:
/// comparisons (eq ne gt ge lt le, a property against a literal or another property), null,
/// and / or / not with parentheses, contains / startswith / endswith, and the Dataverse query
/// functions Microsoft.Dynamics.CRM.&lt;ConditionOperator&gt;(PropertyName=..., PropertyValue(s)=...).
/// Properties are the table's structural properties (_x_value for a lookup). "not" is pushed
/// down to the conditions (De Morgan), since a FilterExpression cannot negate a group.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/filter-rows
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/queryfunctions
public sealed class ODataFilterParser
{
    private const string FunctionNamespace = "Microsoft.Dynamics.CRM.";

    private readonly TableProperties _properties;
    private readonly string _text;
    /// <summary>How deep parentheses and 'not' may nest; deeper input is refused before it can exhaust the stack.</summary>
    private const int MaxNesting = 100;

    private List<ODataToken> _tokens = new();
    private int _position;
    private int _nesting;

    private ODataFilterParser(TableProperties properties, string text)
    {
        _properties = properties;
        _text = text;
    }

    /// <summary>The $filter as a FilterExpression (operator And at the top).</summary>
    public static FilterExpression Parse(TableProperties properties, string filter)
    {
        ArgumentNullException.ThrowIfNull(properties);
        ArgumentNullException.ThrowIfNull(filter);
        var parser = new ODataFilterParser(properties, filter);
        parser._tokens = ODataLexer.Tokenize(filter);
        if (parser.Peek.Kind == TokenKind.End) throw new ODataException("The $filter query option is empty.");
        Node node = parser.ParseOr();
        if (parser.Peek.Kind != TokenKind.End) throw ODataLexer.SyntaxError(parser.Peek.Position, filter);
        object lowered = Lower(node, negate: false);
        if (lowered is FilterExpression { FilterOperator: LogicalOperator.And } top) return top;
        var root = new FilterExpression(LogicalOperator.And);
        Add(root, lowered);
        return root;
    }

    private ODataToken Peek => _tokens[_position];

    private ODataToken Next() => _tokens[_position++];

    private bool IsKeyword(string keyword) => Peek.Kind == TokenKind.Identifier && Peek.Text == keyword;

    private ODataToken Expect(TokenKind kind)
    {
        if (Peek.Kind != kind) throw ODataLexer.SyntaxError(Peek.Position, _text);
        return Next();
    }

    private Node ParseOr()
    {
        Node left = ParseAnd();
        while (IsKeyword("or"))
        {
            Next();
            left = new Group(LogicalOperator.Or, left, ParseAnd());
        }

        return left;
    }

    private Node ParseAnd()
    {
        Node left = ParseUnary();
        while (IsKeyword("and"))
        {
            Next();
            left = new Group(LogicalOperator.And, left, ParseUnary());
        }

        return left;
    }

    private Node ParseUnary()
    {
        if (IsKeyword("not"))
        {
            Next();
            Enter();
            Node inner = ParseUnary();
            _nesting--;
            return new Not(inner);
        }

        return ParsePrimary();
    }

    private Node ParsePrimary()
    {
        if (Peek.Kind == TokenKind.OpenParen)
        {
            Next();
            Enter();
            Node inner = ParseOr();
            Expect(TokenKind.CloseParen);
            _nesting--;
            return inner;
        }

        if (Peek.Kind == TokenKind.Identifier && _tokens[_position + 1].Kind == TokenKind.OpenParen)
        {
            return ParseFunction();
        }

        Operand left = ParseOperand();
        ODataToken opToken = Expect(TokenKind.Identifier);
        ConditionOperator op = opToken.Text switch
        {
            "eq" => ConditionOperator.Equal,
            "ne" => ConditionOperator.NotEqual,
            "gt" => ConditionOperator.GreaterThan,
            "ge" => ConditionOperator.GreaterEqual,
            "lt" => ConditionOperator.LessThan,
            "le" => ConditionOperator.LessEqual,
            _ => throw ODataLexer.SyntaxError(opToken.Position, _text),
        };
        Operand right = ParseOperand();

        if (left.Column is null && right.Column is null) throw ODataException.NotSupported("A comparison of two literals in $filter");
        if (left.Column is null)
        {
            // 5 lt numberofemployees reads as numberofemployees gt 5.
            (left, right) = (right, left);
            op = Mirror(op);
        }

        if (right.Column is not null) return new Condition(left.Column!, op, Array.Empty<object?>(), right.Column);
        if (right.Value is null)
        {
            return op switch
            {
                ConditionOperator.Equal => new Condition(left.Column!, ConditionOperator.Null, Array.Empty<object?>()),
                ConditionOperator.NotEqual => new Condition(left.Column!, ConditionOperator.NotNull, Array.Empty<object?>()),
                _ => throw new ODataException($"The operator '{opToken.Text}' cannot compare '{left.Name}' with null."),
            };
        }

        CheckOperandTypes(left.Column!, right.Value, op);
        return new Condition(left.Column!, op, new[] { right.Value });
    }

    private void Enter()
    {
        // The OData library's wording when an expression nests past its limit.
        if (++_nesting > MaxNesting) throw new ODataException("The recursion limit has been exceeded.");
    }

    /// <summary>
    /// A comparison's literal must have the property's type family, as the OData library checks before
    /// Dataverse sees the query: subject eq 5 is refused, not compared as text.
    /// </summary>
    // https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/filter-rows#filter-using-comparison-operators
    private void CheckOperandTypes(string column, object value, ConditionOperator op)
    {
        if (!_properties.Table.TryGetColumn(column, out ColumnMetadata? metadata)) return;
        bool fits = metadata.Type switch
        {
            ColumnType.String or ColumnType.Memo or ColumnType.EntityName => value is string,
            ColumnType.Integer or ColumnType.BigInt or ColumnType.Decimal or ColumnType.Money or ColumnType.Double
                or ColumnType.Picklist or ColumnType.State or ColumnType.Status => value is int or long or decimal or double,
            ColumnType.Boolean => value is bool,
            ColumnType.DateTime => value is DateTime,
            ColumnType.Uniqueidentifier or ColumnType.Lookup or ColumnType.Customer or ColumnType.Owner => value is Guid,
            _ => true,
        };
        if (fits) return;
        throw new ODataException(
            $"A binary operator with incompatible types was detected. Found operand types '{Json.JsonValues.EdmType(metadata)}' and '{EdmTypeOf(value)}' for operator kind '{KindOf(op)}'.");
    }

    private static string EdmTypeOf(object value) => value switch
    {
        string => "Edm.String",
        int => "Edm.Int32",
        long => "Edm.Int64",
        decimal => "Edm.Decimal",
        double => "Edm.Double",
        bool => "Edm.Boolean",
        Guid => "Edm.Guid",
        DateTime => "Edm.DateTimeOffset",
        _ => value.GetType().Name,
    };

    private static string KindOf(ConditionOperator op) => op switch
    {
        ConditionOperator.Equal => "Equal",
        ConditionOperator.NotEqual => "NotEqual",
        ConditionOperator.GreaterThan => "GreaterThan",
        ConditionOperator.GreaterEqual => "GreaterThanOrEqual",
        ConditionOperator.LessThan => "LessThan",
        _ => "LessThanOrEqual",
    };

    private Operand ParseOperand()
    {
        ODataToken token = Next();
        switch (token.Kind)
        {
            case TokenKind.Literal:
                return new Operand(null, null, token.Value);
            case TokenKind.Identifier:
                if (Peek.Kind == TokenKind.Slash)
                {
                    throw ODataException.NotSupported($"Filtering on the navigation property path '{token.Text}/...'");
                }

                return new Operand(token.Text, ResolveProperty(token.Text), null);
            default:
                throw ODataLexer.SyntaxError(token.Position, _text);
        }
    }

    private Node ParseFunction()
    {
        ODataToken name = Next();
        Expect(TokenKind.OpenParen);
        switch (name.Text)
        {
            case "contains":
            case "startswith":
            case "endswith":
            {
                ODataToken property = Expect(TokenKind.Identifier);
                string column = ResolveProperty(property.Text);
                Expect(TokenKind.Comma);
                ODataToken value = Expect(TokenKind.Literal);
                Expect(TokenKind.CloseParen);
                if (value.Value is not string text) throw new ODataException($"The function '{name.Text}' needs a string literal; got {value.Text}.");

                // Dataverse runs these as LIKE, so the value's wildcard characters keep their meaning.
                // https://learn.microsoft.com/power-apps/developer/data-platform/wildcard-characters
                return name.Text switch
                {
                    "contains" => new Condition(column, ConditionOperator.Like, new object?[] { "%" + text + "%" }),
                    "startswith" => new Condition(column, ConditionOperator.BeginsWith, new object?[] { text }),
                    _ => new Condition(column, ConditionOperator.EndsWith, new object?[] { text }),
                };
            }
        }

        if (!name.Text.StartsWith(FunctionNamespace, StringComparison.Ordinal)
            || !Enum.TryParse(name.Text[FunctionNamespace.Length..], ignoreCase: false, out ConditionOperator op)
            || int.TryParse(name.Text[FunctionNamespace.Length..], out _))
        {
            throw new ODataException($"An unknown function with name '{name.Text}' was found. This may also be a function import or a key lookup on a navigation property, which is not allowed.");
        }

        string? attribute = null;
        var values = new List<object?>();
        while (Peek.Kind != TokenKind.CloseParen)
        {
            ODataToken parameter = Expect(TokenKind.Identifier);
            Expect(TokenKind.Equals);
            switch (parameter.Text)
            {
                case "PropertyName":
                    ODataToken property = Expect(TokenKind.Literal);
                    attribute = ResolveProperty(property.Value as string ?? property.Text);
                    break;
                case "PropertyValue":
                    values.Add(Expect(TokenKind.Literal).Value);
                    break;
                case "PropertyValues":
                    Expect(TokenKind.OpenBracket);
                    while (Peek.Kind != TokenKind.CloseBracket)
                    {
                        values.Add(Expect(TokenKind.Literal).Value);
                        if (Peek.Kind == TokenKind.Comma) Next();
                    }

                    Next();
                    break;
                default:
                    throw new ODataException($"The parameter '{parameter.Text}' is not a parameter of the function '{name.Text}'.");
            }

            if (Peek.Kind == TokenKind.Comma) Next();
            else if (Peek.Kind != TokenKind.CloseParen) throw ODataLexer.SyntaxError(Peek.Position, _text);
        }

        Next();
        if (attribute is null) throw new ODataException($"The function '{name.Text}' needs the parameter PropertyName.");
        return new Condition(attribute, op, values.ToArray());
    }

    /// <summary>The column a property names; lookups are filtered through _x_value.</summary>
    private string ResolveProperty(string property)
    {
        if (_properties.TryGetStructural(property, out ColumnMetadata? column)) return column.LogicalName;
        throw ODataException.UnknownProperty(property, _properties.Table.LogicalName);
    }

    private static ConditionOperator Mirror(ConditionOperator op) => op switch
    {
        ConditionOperator.GreaterThan => ConditionOperator.LessThan,
        ConditionOperator.GreaterEqual => ConditionOperator.LessEqual,
        ConditionOperator.LessThan => ConditionOperator.GreaterThan,
        ConditionOperator.LessEqual => ConditionOperator.GreaterEqual,
        _ => op,
    };

    private static object Lower(Node node, bool negate)
    {
        switch (node)
        {
            case Not not:
                return Lower(not.Inner, !negate);
            case Group group:
            {
                LogicalOperator op = negate
                    ? (group.Operator == LogicalOperator.And ? LogicalOperator.Or : LogicalOperator.And)
                    : group.Operator;
                var filter = new FilterExpression(op);
                foreach (Node child in new[] { group.Left, group.Right })
                {
                    object lowered = Lower(child, negate);
                    if (lowered is FilterExpression inner && inner.FilterOperator == op)
                    {
                        foreach (ConditionExpression condition in inner.Conditions) filter.Conditions.Add(condition);
                        foreach (FilterExpression nested in inner.Filters) filter.Filters.Add(nested);
                    }
                    else
                    {
                        Add(filter, lowered);
                    }
                }

                return filter;
            }

            case Condition condition:
            {
                ConditionOperator op = negate ? Negate(condition.Operator) : condition.Operator;
                if (condition.OtherColumn is not null) return new ConditionExpression(condition.Column, op, true, condition.OtherColumn);
                var expression = new ConditionExpression { AttributeName = condition.Column, Operator = op };
                foreach (object? value in condition.Values) expression.Values.Add(value!);
                return expression;
            }

            default:
                throw new InvalidOperationException($"Unexpected filter node {node.GetType().Name}.");
        }
    }

    private static void Add(FilterExpression filter, object lowered)
    {
        if (lowered is ConditionExpression condition) filter.Conditions.Add(condition);
        else filter.Filters.Add((FilterExpression)lowered);
    }

    private static ConditionOperator Negate(ConditionOperator op) => op switch
    {
        ConditionOperator.Equal => ConditionOperator.NotEqual,
        ConditionOperator.NotEqual => ConditionOperator.Equal,
        ConditionOperator.GreaterThan => ConditionOperator.LessEqual,
        ConditionOperator.GreaterEqual => ConditionOperator.LessThan,
        ConditionOperator.LessThan => ConditionOperator.GreaterEqual,
        ConditionOperator.LessEqual => ConditionOperator.GreaterThan,
        ConditionOperator.Null => ConditionOperator.NotNull,
        ConditionOperator.NotNull => ConditionOperator.Null,
        ConditionOperator.Like => ConditionOperator.NotLike,
        ConditionOperator.NotLike => ConditionOperator.Like,
        ConditionOperator.BeginsWith => ConditionOperator.DoesNotBeginWith,
        ConditionOperator.DoesNotBeginWith => ConditionOperator.BeginsWith,
        ConditionOperator.EndsWith => ConditionOperator.DoesNotEndWith,
        ConditionOperator.DoesNotEndWith => ConditionOperator.EndsWith,
        ConditionOperator.In => ConditionOperator.NotIn,
        ConditionOperator.NotIn => ConditionOperator.In,
        ConditionOperator.Between => ConditionOperator.NotBetween,
        ConditionOperator.NotBetween => ConditionOperator.Between,
        ConditionOperator.On => ConditionOperator.NotOn,
        ConditionOperator.NotOn => ConditionOperator.On,
        ConditionOperator.Under => ConditionOperator.NotUnder,
        ConditionOperator.NotUnder => ConditionOperator.Under,
        ConditionOperator.EqualUserId => ConditionOperator.NotEqualUserId,
        ConditionOperator.NotEqualUserId => ConditionOperator.EqualUserId,
        ConditionOperator.EqualBusinessId => ConditionOperator.NotEqualBusinessId,
        ConditionOperator.NotEqualBusinessId => ConditionOperator.EqualBusinessId,
        ConditionOperator.ContainValues => ConditionOperator.DoesNotContainValues,
        ConditionOperator.DoesNotContainValues => ConditionOperator.ContainValues,
        ConditionOperator.Mask => ConditionOperator.NotMask,
        ConditionOperator.NotMask => ConditionOperator.Mask,
        _ => throw ODataException.NotSupported($"'not' applied to {op}"),
    };

    private abstract record Node;

    private sealed record Group(LogicalOperator Operator, Node Left, Node Right) : Node;

    private sealed record Not(Node Inner) : Node;

    private sealed record Condition(string Column, ConditionOperator Operator, object?[] Values, string? OtherColumn = null) : Node;

    private readonly record struct Operand(string? Name, string? Column, object? Value);
}
