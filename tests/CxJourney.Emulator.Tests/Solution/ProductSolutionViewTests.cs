using System;
using System.Collections.Generic;
using System.Linq;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Tests.Solution;

/// <summary>
/// The views (savedqueries) of Solution/: the set every exported custom table carries, the CX views,
/// and their FetchXML run against a local organization built from the same folder.
/// </summary>
public sealed class ProductSolutionViewTests
{
    // Wednesday: "this week" (Sunday 12 May to Saturday 18 May) is unambiguous for the 14th and 15th.
    private static readonly DateTime Now = new(2024, 5, 15, 12, 0, 0, DateTimeKind.Utc);

    private const int Detractor = 617500002;
    private const int Promoter = 617500000;
    private const int Email = 617500000;
    private const int Phone = 617500001;
    private const int Inbound = 617500000;

    public static TheoryData<string> Tables => new(ProductSolutionFiles.CustomTables);

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/savedquery#querytype-choicesoptions
    [Theory]
    [MemberData(nameof(Tables))]
    public void Each_table_has_the_default_views_an_export_carries(string table)
    {
        var views = ProductSolutionFiles.ViewsOf(table).ToList();
        foreach (var queryType in new[] { 0, 1, 2, 4, 64 })
            Assert.Single(views, v => v.QueryType == queryType && v.IsDefault);
        Assert.True(Assert.Single(views, v => v.QueryType == 4).IsQuickFind);
        Assert.Single(views, v => v.IsQuickFind);
        Assert.Equal(views.Count, views.Select(v => v.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("cx_touchpoint", "Touchpoints of a contact, newest first")]
    [InlineData("cx_touchpoint", "Agent-flagged systemic issues")]
    [InlineData("cx_casescore", "Cases scored this week")]
    [InlineData("cx_casescore", "Poor cases (CSAT ≤ 2)")]
    [InlineData("cx_journey", "Detractors with open follow-ups")]
    [InlineData("cx_journey", "Active journeys")]
    [InlineData("cx_feedback", "Recent feedback")]
    public void The_CX_views_are_public_views_with_a_description(string table, string name)
    {
        var view = ProductSolutionFiles.View(table, name);
        Assert.Equal(0, view.QueryType);
        Assert.False(string.IsNullOrWhiteSpace(view.Description));
    }

    [Fact]
    public void View_ids_are_unique_and_name_their_file()
    {
        var views = ProductSolutionFiles.Views;
        Assert.Equal(views.Count, views.Select(v => v.Id).Distinct().Count());
        foreach (var view in views) Assert.EndsWith("/{" + view.Id.ToString("D") + "}.xml", view.File, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Every_view_queries_its_own_table_and_shows_only_columns_it_fetches()
    {
        Assert.NotEmpty(ProductSolutionFiles.Views);
        foreach (var view in ProductSolutionFiles.Views)
        {
            var table = ProductSolutionFiles.Catalog.GetTable(view.Table);
            Assert.Equal(view.Table, (string?)view.Fetch.Element("entity")!.Attribute("name"));
            Assert.Contains(table.PrimaryIdAttribute, view.FetchedColumns);
            foreach (var column in view.FetchedColumns) Assert.True(table.HasColumn(column), $"{view}: fetches '{column}', not a column of {view.Table}");
            var row = view.Grid!.Element("row")!;
            Assert.Equal(table.PrimaryIdAttribute, (string?)row.Attribute("id"));
            Assert.Equal(table.PrimaryNameAttribute, (string?)view.Grid.Attribute("jump"));
            Assert.NotEmpty(view.LayoutColumns);
            Assert.Empty(view.LayoutColumns.Except(view.FetchedColumns));
        }
    }

    [Fact]
    public void Every_view_runs_against_an_organization_built_from_the_solution()
    {
        var service = Seeded();
        var failures = new List<string>();
        var counts = new Dictionary<ProductView, int>();
        foreach (var view in ProductSolutionFiles.Views)
        {
            try
            {
                counts[view] = service.RetrieveMultiple(new FetchExpression(view.FetchXml())).Entities.Count;
            }
            catch (FaultException<OrganizationServiceFault> fault)
            {
                failures.Add($"{view}: {fault.Detail.Message}");
            }
        }
        Assert.Empty(failures);
        // One active row per table was seeded: each table's default public view finds it.
        foreach (var (view, count) in counts.Where(c => c.Key.QueryType == 0 && c.Key.IsDefault))
            Assert.True(count == 1, $"{view} returned {count} rows");
    }

    [Fact]
    public void Detractors_with_open_follow_ups_lists_active_detractors_still_waiting_most_follow_ups_first()
    {
        var (organization, service) = Org();
        Journey(organization, "Ann Able", Detractor, openFollowUps: 1);
        Journey(organization, "Bob Baker", Detractor, openFollowUps: 3);
        Journey(organization, "Cid Cole", Detractor, openFollowUps: 0);
        Journey(organization, "Dee Dunn", Promoter, openFollowUps: 2);
        Journey(organization, "Eve Ekko", null, openFollowUps: 2);
        Journey(organization, "Fay Fox", Detractor, openFollowUps: 4, active: false);

        var names = Names(service, ProductSolutionFiles.View("cx_journey", "Detractors with open follow-ups"));
        Assert.Equal(["Journey of Bob Baker", "Journey of Ann Able"], names);
    }

    [Fact]
    public void Cases_scored_this_week_leaves_out_earlier_weeks_and_unscored_cases()
    {
        var (organization, service) = Org();
        var contact = Contact(organization, "Ann Able");
        CaseScore(organization, contact, "Scored Tuesday", scoredOn: new DateTime(2024, 5, 14, 10, 0, 0, DateTimeKind.Utc), csat: 4m);
        CaseScore(organization, contact, "Scored today", scoredOn: Now.AddHours(-2), csat: 5m);
        CaseScore(organization, contact, "Scored last week", scoredOn: new DateTime(2024, 5, 6, 10, 0, 0, DateTimeKind.Utc), csat: 3m);
        CaseScore(organization, contact, "Not scored", scoredOn: null, csat: null);

        var names = Names(service, ProductSolutionFiles.View("cx_casescore", "Cases scored this week"));
        Assert.Equal(["Scored today", "Scored Tuesday"], names);
    }

    [Fact]
    public void Poor_cases_are_those_with_a_CSAT_of_two_or_less_lowest_first()
    {
        var (organization, service) = Org();
        var contact = Contact(organization, "Ann Able");
        CaseScore(organization, contact, "CSAT 2", Now, 2m);
        CaseScore(organization, contact, "CSAT 1.4", Now, 1.4m);
        CaseScore(organization, contact, "CSAT 2.01", Now, 2.01m);
        CaseScore(organization, contact, "CSAT 4", Now, 4m);
        CaseScore(organization, contact, "No CSAT", Now, null);

        var names = Names(service, ProductSolutionFiles.View("cx_casescore", "Poor cases (CSAT ≤ 2)"));
        Assert.Equal(["CSAT 1.4", "CSAT 2"], names);
    }

    [Fact]
    public void Touchpoints_of_a_contact_come_grouped_by_contact_newest_first_and_flagged_ones_have_their_own_view()
    {
        var (organization, service) = Org();
        var bob = Contact(organization, "Bob Baker");
        var ann = Contact(organization, "Ann Able");
        Touchpoint(organization, bob, "Bob old", Now.AddDays(-9), flagged: false);
        Touchpoint(organization, ann, "Ann old", Now.AddDays(-5), flagged: true);
        Touchpoint(organization, bob, "Bob new", Now.AddDays(-1), flagged: true);
        Touchpoint(organization, ann, "Ann new", Now.AddDays(-2), flagged: false);

        Assert.Equal(["Ann new", "Ann old", "Bob new", "Bob old"], Names(service, ProductSolutionFiles.View("cx_touchpoint", "Touchpoints of a contact, newest first")));
        Assert.Equal(["Bob new", "Ann old"], Names(service, ProductSolutionFiles.View("cx_touchpoint", "Agent-flagged systemic issues")));
    }

    [Fact]
    public void Recent_feedback_covers_the_last_thirty_days()
    {
        var (organization, service) = Org();
        var ann = Contact(organization, "Ann Able");
        Feedback(organization, ann, "Three days ago", Now.AddDays(-3));
        Feedback(organization, ann, "Forty days ago", Now.AddDays(-40));
        Feedback(organization, ann, "This morning", Now.AddHours(-3));

        Assert.Equal(["This morning", "Three days ago"], Names(service, ProductSolutionFiles.View("cx_feedback", "Recent feedback")));
    }

    [Fact]
    public void Quick_find_searches_by_name()
    {
        var (organization, service) = Org();
        Journey(organization, "Ann Able", Detractor, 0);
        Journey(organization, "Bob Baker", Promoter, 0);
        var quickFind = Assert.Single(ProductSolutionFiles.ViewsOf("cx_journey"), v => v.IsQuickFind);
        var found = service.RetrieveMultiple(new FetchExpression(quickFind.FetchXml("Journey of Bob%"))).Entities;
        Assert.Equal(["Journey of Bob Baker"], found.Select(e => e.GetAttributeValue<string>("cx_name")));
    }

    // ---- seeding -----------------------------------------------------------------------------

    private static (LocalOrganization Organization, IOrganizationService Service) Org()
    {
        var organization = LocalOrganization.Create(new LocalOrganizationOptions
        {
            SolutionFolder = ProductSolutionFiles.Folder,
            Clock = new OrganizationClock(Now),
            IdSeed = 7,
        });
        return (organization, organization.GetService());
    }

    /// <summary>An organization with a few rows in every CX table, so each view has something to read, sort and link.</summary>
    private static IOrganizationService Seeded()
    {
        var (organization, service) = Org();
        var ann = Journey(organization, "Ann Able", Detractor, 2);
        Touchpoint(organization, ann.Contact, "Email in", Now.AddDays(-1), flagged: true);
        CaseScore(organization, ann.Contact, "Case of Ann", Now.AddDays(-1), 1m);
        Feedback(organization, ann.Contact, "Survey of Ann", Now.AddDays(-1));
        return service;
    }

    private static Guid Contact(LocalOrganization organization, string fullName)
    {
        var parts = fullName.Split(' ');
        var contact = new Entity("contact", Guid.NewGuid()) { ["firstname"] = parts[0], ["lastname"] = parts[1] };
        organization.Seed(contact);
        return contact.Id;
    }

    private static (Guid Journey, Guid Contact) Journey(LocalOrganization organization, string contactName, int? npsCategory, int openFollowUps, bool active = true)
    {
        var contact = Contact(organization, contactName);
        var journey = new Entity("cx_journey", Guid.NewGuid())
        {
            ["cx_name"] = "Journey of " + contactName,
            ["cx_contactid"] = new EntityReference("contact", contact),
            ["cx_openfollowups"] = openFollowUps,
            ["cx_lasttouchpointon"] = Now.AddDays(-1),
            ["statecode"] = new OptionSetValue(active ? 0 : 1),
            ["statuscode"] = new OptionSetValue(active ? 1 : 2),
        };
        if (npsCategory is { } category) journey["cx_npscategory"] = new OptionSetValue(category);
        organization.Seed(journey);
        return (journey.Id, contact);
    }

    private static void CaseScore(LocalOrganization organization, Guid contact, string name, DateTime? scoredOn, decimal? csat)
    {
        var incident = new Entity("incident", Guid.NewGuid()) { ["title"] = name, ["customerid"] = new EntityReference("contact", contact) };
        var score = new Entity("cx_casescore", Guid.NewGuid())
        {
            ["cx_name"] = name,
            ["cx_caseid"] = new EntityReference("incident", incident.Id),
            ["cx_contactid"] = new EntityReference("contact", contact),
        };
        if (scoredOn is { } on) score["cx_scoredon"] = on;
        if (csat is { } value) score["cx_csat"] = value;
        organization.Seed(incident, score);
    }

    private static void Touchpoint(LocalOrganization organization, Guid contact, string name, DateTime occurredOn, bool flagged)
    {
        var touchpoint = new Entity("cx_touchpoint", Guid.NewGuid())
        {
            ["cx_name"] = name,
            ["cx_contactid"] = new EntityReference("contact", contact),
            ["cx_occurredon"] = occurredOn,
            ["cx_channel"] = new OptionSetValue(flagged ? Phone : Email),
            ["cx_direction"] = new OptionSetValue(Inbound),
            ["cx_kind"] = new OptionSetValue(617500000),
            ["cx_sourcetable"] = "email",
            ["cx_sourceid"] = Guid.NewGuid().ToString("D"),
            ["cx_systemicissue"] = flagged,
        };
        if (flagged) touchpoint["cx_systemicissuenote"] = "Same billing error as three other customers";
        organization.Seed(touchpoint);
    }

    private static void Feedback(LocalOrganization organization, Guid contact, string name, DateTime answeredOn)
        => organization.Seed(new Entity("cx_feedback", Guid.NewGuid())
        {
            ["cx_name"] = name,
            ["cx_contactid"] = new EntityReference("contact", contact),
            ["cx_answeredon"] = answeredOn,
            ["cx_channel"] = new OptionSetValue(Email),
            ["cx_sourcereference"] = "survey-" + Guid.NewGuid().ToString("N"),
            ["cx_csat"] = 4,
        });

    private static string[] Names(IOrganizationService service, ProductView view)
        => service.RetrieveMultiple(new FetchExpression(view.FetchXml())).Entities.Select(e => e.GetAttributeValue<string>("cx_name") ?? "").ToArray();
}
