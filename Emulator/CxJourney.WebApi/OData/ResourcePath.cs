using System;
using System.Collections.Generic;

namespace CxJourney.WebApi.OData;

/// <summary>
/// The resource a Web API path (after /api/data/v9.2/) or an @odata.bind value names: an entity
/// set, optionally one record of it by id (<c>contacts(00000000-...)</c>) or by alternate key
/// (<c>contacts(emailaddress1='a@b.c')</c>), optionally followed by more segments (not supported).
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/retrieve-entity-using-web-api
// https://learn.microsoft.com/power-apps/developer/data-platform/use-alternate-key-reference-record#using-alternate-keys-to-create-an-entityreference
public sealed record ResourcePath(string EntitySet, Guid? Id, IReadOnlyList<KeyValuePair<string, object>>? Keys, string? Rest)
{
    public bool HasKey => Id is not null || Keys is not null;

    public static ResourcePath Parse(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        int open = path.IndexOf('(');
        int slash = path.IndexOf('/');
        if (open < 0 || (slash >= 0 && slash < open))
        {
            return slash < 0 ? new ResourcePath(path, null, null, null) : new ResourcePath(path[..slash], null, null, path[(slash + 1)..]);
        }

        int close = CloseOf(path, open);
        string set = path[..open];
        string key = path[(open + 1)..close];
        string? rest = close + 1 < path.Length ? path[(close + 1)..].TrimStart('/') : null;
        if (rest?.Length == 0) rest = null;
        if (Guid.TryParse(key.Trim(), out Guid id)) return new ResourcePath(set, id, null, rest);
        return new ResourcePath(set, null, ParseKeys(key, path), rest);
    }

    /// <summary>An @odata.bind value: "/contacts(id)", "contacts(id)" or an absolute URL of the Web API.</summary>
    public static ResourcePath ParseReference(string reference)
    {
        string path = reference;
        int api = path.IndexOf("/api/data/", StringComparison.OrdinalIgnoreCase);
        if (api >= 0)
        {
            path = path[(api + "/api/data/".Length)..];
            int afterVersion = path.IndexOf('/');
            path = afterVersion < 0 ? "" : path[(afterVersion + 1)..];
        }

        ResourcePath parsed = Parse(path.TrimStart('/'));
        if (!parsed.HasKey || parsed.Rest is not null)
        {
            throw new ODataException($"The @odata.bind value '{reference}' does not identify a record; write it as /<entity set>(<id>).");
        }

        return parsed;
    }

    private static int CloseOf(string path, int open)
    {
        bool quoted = false;
        for (int i = open + 1; i < path.Length; i++)
        {
            if (path[i] == '\'') quoted = !quoted;
            else if (!quoted && path[i] == ')') return i;
        }

        throw new ODataException($"Bad Request - Error in query syntax: the key of '{path}' has no closing parenthesis.");
    }

    private static List<KeyValuePair<string, object>> ParseKeys(string text, string path)
    {
        var keys = new List<KeyValuePair<string, object>>();
        List<ODataToken> tokens = ODataLexer.Tokenize(text);
        int i = 0;
        while (tokens[i].Kind != TokenKind.End)
        {
            if (tokens[i].Kind != TokenKind.Identifier || tokens[i + 1].Kind != TokenKind.Equals || tokens[i + 2].Kind != TokenKind.Literal || tokens[i + 2].Value is null)
            {
                throw new ODataException($"Bad Request - Error in query syntax: the key '{text}' of '{path}' is neither an id nor name=value pairs.");
            }

            object value = tokens[i + 2].Value!;
            keys.Add(new KeyValuePair<string, object>(tokens[i].Text, value));
            i += 3;
            if (tokens[i].Kind == TokenKind.Comma) i++;
        }

        if (keys.Count == 0) throw new ODataException($"Bad Request - Error in query syntax: '{path}' has an empty key.");
        return keys;
    }
}
