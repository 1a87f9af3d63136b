using System;
using System.Threading.Tasks;
using CxJourney.Emulator.Store;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Tests.Query;

/// <summary>
/// A top-level query evaluates without the organization's lock, so one long query cannot stall every
/// other request; a query inside another request (a plug-in's, a batch's) keeps the lock and its isolation.
/// </summary>
public sealed class QueryLockTests
{
    [Fact]
    public void A_read_under_the_request_lock_alone_releases_it_while_it_evaluates_and_takes_it_back()
    {
        OrganizationStore store = LocalOrganization.Create().Core.Store;
        bool otherThreadGotTheLock = false;
        lock (store.Gate)
        {
            store.ReadOutsideLock(rows =>
            {
                // Another request (another thread) can enter the organization meanwhile.
                otherThreadGotTheLock = Task.Run(() => { lock (store.Gate) { } }).Wait(TimeSpan.FromSeconds(60));
                return rows.Count("systemuser");
            });
            Assert.True(store.HoldsLock);
        }

        Assert.True(otherThreadGotTheLock);
    }

    [Fact]
    public async Task A_nested_read_keeps_the_lock_so_it_sees_its_transaction_alone()
    {
        OrganizationStore store = LocalOrganization.Create().Core.Store;
        Task? other = null;
        lock (store.Gate)
        {
            lock (store.Gate)
            {
                store.ReadOutsideLock(rows =>
                {
                    other = Task.Run(() => { lock (store.Gate) { } });
                    // The lock is still held here, so the other thread cannot have entered.
                    Assert.False(other.Wait(TimeSpan.FromMilliseconds(200)));
                    return rows.Count("systemuser");
                });
            }
        }

        await other!.WaitAsync(TimeSpan.FromSeconds(60));
    }

    [Fact]
    public void Queries_from_many_threads_while_others_write_all_succeed_with_whole_rows()
    {
        var org = LocalOrganization.Create();
        IOrganizationService service = org.GetService();
        for (int i = 0; i < 50; i++) service.Create(new Entity("contact") { ["firstname"] = "F" + i, ["lastname"] = "L" + i });

        Parallel.For(0, 8, worker =>
        {
            IOrganizationService own = org.GetService();
            for (int i = 0; i < 40; i++)
            {
                if (worker % 2 == 0)
                {
                    own.Create(new Entity("contact") { ["firstname"] = "W" + worker, ["lastname"] = "N" + i });
                }
                else
                {
                    var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("firstname", "lastname", "fullname") };
                    query.Criteria.AddCondition("lastname", ConditionOperator.Like, "%" + (i % 10) + "%");
                    foreach (Entity row in own.RetrieveMultiple(query).Entities)
                    {
                        // fullname is computed in the same write as first and last name: a torn row would break it.
                        Assert.Equal(row.GetAttributeValue<string>("firstname") + " " + row.GetAttributeValue<string>("lastname"), row.GetAttributeValue<string>("fullname"));
                    }
                }
            }
        });

        Assert.Equal(50 + 4 * 40, org.Count("contact"));
    }
}
