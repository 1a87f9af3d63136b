using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace CxJourney.Sdk.Tests.Core;

public class EntityCollectionTests
{
    [Fact]
    public void A_new_collection_is_an_empty_last_page()
    {
        var page = new EntityCollection();

        Assert.Empty(page.Entities);
        Assert.False(page.MoreRecords);
        Assert.Null(page.PagingCookie);
        Assert.Equal(0, page.TotalRecordCount);
        Assert.False(page.TotalRecordCountLimitExceeded);
        Assert.Null(page.EntityName);
        Assert.Null(page.MinActiveRowVersion);
    }

    [Fact]
    public void Paging_properties_round_trip()
    {
        var page = new EntityCollection
        {
            EntityName = "contact",
            MoreRecords = true,
            PagingCookie = "<cookie page=\"1\" />",
            TotalRecordCount = 5000,
            TotalRecordCountLimitExceeded = true,
            MinActiveRowVersion = "42",
        };

        Assert.Equal("contact", page.EntityName);
        Assert.True(page.MoreRecords);
        Assert.Equal("<cookie page=\"1\" />", page.PagingCookie);
        Assert.Equal(5000, page.TotalRecordCount);
        Assert.True(page.TotalRecordCountLimitExceeded);
        Assert.Equal("42", page.MinActiveRowVersion);
    }

    [Fact]
    public void Indexer_reads_and_replaces_entities_by_position()
    {
        var first = new Entity("contact", Guid.NewGuid());
        var second = new Entity("contact", Guid.NewGuid());
        var page = new EntityCollection(new List<Entity> { first });

        Assert.Same(first, page[0]);
        page[0] = second;
        Assert.Same(second, page.Entities[0]);
        Assert.Throws<ArgumentOutOfRangeException>(() => page[1]);
    }

    [Fact]
    public void Entities_supports_list_operations_and_linq()
    {
        var page = new EntityCollection();
        page.Entities.Add(new Entity("contact") { Id = Guid.NewGuid() });
        page.Entities.AddRange(new Entity("contact"), new Entity("account"));

        Assert.Equal(3, page.Entities.Count);
        Assert.Equal(2, page.Entities.Count(e => e.LogicalName == "contact"));
        Assert.Equal(3, page.Entities.ToArray().Length);
    }
}
