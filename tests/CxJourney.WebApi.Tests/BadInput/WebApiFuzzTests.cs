using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using CxJourney.WebApi.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace CxJourney.WebApi.Tests.BadInput;

/// <summary>
/// Seeded random requests against the Web API: invalid encodings, huge and deeply nested input,
/// values of the wrong type, random OData. Whatever comes in, the server answers with a status
/// below 500 and keeps answering; a long LIKE over megabyte texts stays linear and does not stall
/// the requests that run beside it. Bounds are ratios against the same server's own timings.
/// </summary>
// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors
public sealed class WebApiFuzzTests : WebApiTestBase
{
    private static readonly string[] Properties =
        ["lastname", "firstname", "description", "numberofchildren", "createdon", "statecode", "_parentcustomerid_value",
         "contactid", "donotphone", "birthdate", "versionnumber", "nosuchcolumn", "fullname"];

    private static readonly string[] Literals =
        ["5", "-1", "2147483648", "1.5", "1e400", "'text'", "'O''Neil'", "''", "null", "true", "false",
         "2024-01-01", "2024-13-45", "2024-01-01T10:00:00Z", "00000000-0000-0000-0000-000000000000", "'%_['", "'\u00e9\u00e8'",
         "'\ud83d\ude00'", "99999999999999999999999999999", "-0", "'" + new string('a', 3000) + "'"];

    private static readonly string[] Operators = ["eq", "ne", "gt", "ge", "lt", "le", "has", "in", "and", "or", "not", "add"];

    private static readonly string[] Functions =
        ["contains", "startswith", "endswith", "Microsoft.Dynamics.CRM.LastXDays", "Microsoft.Dynamics.CRM.In",
         "Microsoft.Dynamics.CRM.EqualUserId", "Microsoft.Dynamics.CRM.Between", "Microsoft.Dynamics.CRM.NoSuch", "tolower", "substringof"];

    [Fact]
    public async Task Random_odata_and_bodies_never_get_a_5xx_and_the_server_keeps_answering()
    {
        Guid contact = NewContact("Ada", "Lovelace", c => c["description"] = "Analytical engine notes");
        NewAccount("Contoso");
        var random = new Random(16);
        var failures = new List<string>();

        for (int i = 0; i < 400; i++)
        {
            (HttpMethod method, string url, byte[]? body) = NextRequest(random, contact);
            using var request = new HttpRequestMessage(method, url);
            if (body is not null)
            {
                request.Content = new ByteArrayContent(body);
                request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
            }

            using HttpResponseMessage response = await Client.SendAsync(request);
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{method} {url} [{(body is null ? "" : Encoding.UTF8.GetString(body.Take(200).ToArray()))}] -> {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
        using HttpResponseMessage alive = await Get("WhoAmI");
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }

    private static (HttpMethod Method, string Url, byte[]? Body) NextRequest(Random random, Guid contact)
    {
        switch (random.Next(8))
        {
            case 0:
                return (HttpMethod.Get, "contacts?$filter=" + Uri.EscapeDataString(RandomFilter(random, depth: 0)), null);
            case 1:
                return (HttpMethod.Get, "contacts?" + RandomOptions(random), null);
            case 2:
                return (HttpMethod.Post, "contacts", RandomBody(random));
            case 3:
                return (HttpMethod.Patch, $"contacts({contact})", RandomBody(random));
            case 4:
                return (HttpMethod.Get, "contacts?$filter=" + RandomEscapes(random), null);
            case 5:
                return (HttpMethod.Get, "accounts?fetchXml=" + Uri.EscapeDataString(RandomFetch(random)), null);
            case 6:
                return (HttpMethod.Get, RandomPath(random), null);
            default:
                return (HttpMethod.Post, "accounts", RandomBytes(random));
        }
    }

    private static string RandomFilter(Random random, int depth)
    {
        int choice = random.Next(depth > 3 ? 3 : 7);
        string property = Pick(random, Properties);
        string literal = Pick(random, Literals);
        return choice switch
        {
            0 => $"{property} {Pick(random, Operators)} {literal}",
            1 => $"{Pick(random, Functions)}({property},{literal})",
            2 => $"{Pick(random, Functions)}(PropertyName='{property}',PropertyValue={literal})",
            3 => $"({RandomFilter(random, depth + 1)}) {Pick(random, ["and", "or"])} {RandomFilter(random, depth + 1)}",
            4 => $"not {RandomFilter(random, depth + 1)}",
            5 => new string('(', random.Next(90, 130)) + $"{property} eq {literal}" + new string(')', random.Next(90, 130)),
            _ => string.Join(" ", Enumerable.Range(0, random.Next(1, 8)).Select(_ => Pick(random, [property, literal, "(", ")", ",", "/", "$", "eq", "@p"]))),
        };
    }

    private static string RandomOptions(Random random)
    {
        var options = new List<string>();
        for (int i = random.Next(1, 4); i > 0; i--)
        {
            options.Add(random.Next(7) switch
            {
                0 => "$select=" + string.Join(",", Enumerable.Range(0, random.Next(1, 40)).Select(_ => Pick(random, Properties))),
                1 => "$top=" + Pick(random, ["0", "-1", "5001", "abc", "99999999999", "1"]),
                2 => "$orderby=" + Pick(random, Properties) + Pick(random, ["", " desc", " sideways", ",,"]),
                3 => "$skiptoken=" + Uri.EscapeDataString(Pick(random, ["<cookie pagenumber=\"999999999\" />", "<cookie pagenumber=\"2\" pagingcookie=\"%3c\" />", "<x/>", "&amp;", "<!DOCTYPE a [<!ENTITY b \"c\">]><cookie pagenumber=\"2\">&b;</cookie>"])),
                4 => "$count=" + Pick(random, ["true", "maybe", ""]),
                5 => "$expand=" + Pick(random, ["parentcustomerid_account($select=name)", "nosuch", "parentcustomerid_account($expand=x)", "(("]),
                _ => "$apply=" + Pick(random, ["groupby((lastname))", "aggregate(x with sum as y)", ""]),
            });
        }

        return string.Join("&", options);
    }

    private static string RandomEscapes(Random random)
    {
        // Percent-encodings that do not decode to UTF-8, truncated escapes and raw control characters.
        string[] parts = ["%C3%28", "%FF%FE", "%ED%A0%80", "%", "%G1", "%00", "lastname%20eq%20'", "%E2%82", "contains(lastname,'%25%5B')"];
        return string.Concat(Enumerable.Range(0, random.Next(1, 6)).Select(_ => Pick(random, parts)));
    }

    private static byte[] RandomBody(Random random)
    {
        string property = Pick(random, Properties);
        string json = random.Next(9) switch
        {
            0 => $"{{\"{property}\":{Pick(random, ["5", "\"x\"", "true", "null", "[]", "{}", "1e999", "-1", "\"2024-02-30\""])}}}",
            1 => "{\"lastname\":\"a\\ud800\"}",
            2 => "{\"lastname\":" + new string('[', random.Next(10, 3000)) + new string(']', random.Next(10, 3000)) + "}",
            3 => "{\"lastname\":\"" + new string('x', random.Next(0, 300)) + "\",\"parentcustomerid_account@odata.bind\":\"" + Pick(random, ["/accounts(1)", "accounts()", "/nosuch(00000000-0000-0000-0000-000000000001)", "", "/contacts(00000000-0000-0000-0000-000000000001)"]) + "\"}",
            4 => "[1,2,3]",
            5 => "{\"lastname\":\"a\",\"lastname\":\"b\",\"@odata.type\":\"x\",\"statecode\":7}",
            6 => "{\"description\":\"" + new string('y', random.Next(1000, 5000)) + "\"}",
            7 => "{\"numberofchildren\":" + Pick(random, ["-5", "100000", "2147483648", "\"3\"", "1.5"]) + "}",
            _ => "{\"lastname\":\"" + new string('\u00e9', random.Next(1, 100)) + "\",\"birthdate\":\"" + Pick(random, ["0001-01-01", "9999-12-31", "x", "1753-01-01"]) + "\"}",
        };
        return Encoding.UTF8.GetBytes(json);
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(1, 200)];
        random.NextBytes(bytes);
        if (random.Next(2) == 0) bytes[0] = (byte)'{';
        return bytes;
    }

    private static string RandomFetch(Random random) => random.Next(6) switch
    {
        0 => "<fetch><entity name=\"account\">" + string.Concat(Enumerable.Repeat("<filter>", 80)) + string.Concat(Enumerable.Repeat("</filter>", 80)) + "</entity></fetch>",
        1 => "<!DOCTYPE fetch [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><fetch><entity name=\"account\"><filter><condition attribute=\"name\" operator=\"eq\" value=\"&b;\" /></filter></entity></fetch>",
        2 => "<fetch><entity name=\"account\"><filter><condition attribute=\"name\" operator=\"last-x-days\" value=\"999999999\" /></filter></entity></fetch>",
        3 => "<fetch count=\"-1\" page=\"abc\"><entity name=\"account\"><attribute name=\"nosuch\" /></entity></fetch>",
        4 => "<fetch><entity name=\"account\"><filter><condition attribute=\"name\" operator=\"eq-userid\" /></filter></entity></fetch>",
        _ => "<fetch><entity name=\"account\"><filter><condition attribute=\"numberofemployees\" operator=\"eq\" value=\"many\" /></filter></entity></fetch>",
    };

    private static string RandomPath(Random random) => Pick(random,
        ["contacts(not-a-guid)", "contacts(lastname='x')", "contacts(00000000-0000-0000-0000-000000000000)/nosuch", "$batch", "$metadata#x",
         "nosuch", "contacts()", "contacts(", "EntityDefinitions(LogicalName='nosuch')", "contacts/$count", "WhoAmI()/x"]);

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    [Fact]
    public async Task A_long_contains_over_megabyte_texts_is_linear_and_does_not_stall_other_requests()
    {
        // The issue's reproduction: two 1,000,000-character descriptions and an 8,000-character contains.
        var text = new StringBuilder(1_000_000);
        var random = new Random(7);
        while (text.Length < 1_000_000) text.Append((char)('a' + random.Next(2)));
        for (int i = 0; i < 2; i++) Service.Create(new Entity("email") { ["subject"] = "big " + i, ["description"] = text.ToString() });
        string longNeedle = new('a', 8000);
        string shortNeedle = new('a', 8);

        TimeSpan shortTime = await Fastest(() => GetJson(Url("emails", ("$select", "subject"), ("$filter", $"contains(description,'{shortNeedle}')"))));
        TimeSpan longTime = await Fastest(() => GetJson(Url("emails", ("$select", "subject"), ("$filter", $"contains(description,'{longNeedle}')"))));

        // A quadratic matcher does ~1000 times the work for a 1000 times longer needle; a linear one about the same.
        Assert.True(longTime.TotalMilliseconds <= 20 * Math.Max(shortTime.TotalMilliseconds, 5),
            $"contains with 8,000 characters took {longTime.TotalMilliseconds:F0} ms, with 8 characters {shortTime.TotalMilliseconds:F0} ms");

        // While the long queries run, other requests are answered: none waits for the queries to end.
        Task heavy = Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            GetJson(Url("emails", ("$select", "subject"), ("$filter", $"contains(description,'{longNeedle}b')")))));
        var light = Stopwatch.StartNew();
        int answered = 0;
        while (!heavy.IsCompleted || answered < 3)
        {
            using HttpResponseMessage response = await Get("WhoAmI");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            answered++;
        }

        await heavy;
        Assert.True(answered >= 3);
    }

    private static async Task<TimeSpan> Fastest(Func<Task> action)
    {
        TimeSpan best = TimeSpan.MaxValue;
        for (int i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            await action();
            if (watch.Elapsed < best) best = watch.Elapsed;
        }

        return best;
    }
}
