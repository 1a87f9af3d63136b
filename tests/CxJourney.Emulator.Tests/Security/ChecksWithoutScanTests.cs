using System;
using System.Linq;
using CxJourney.SolutionModel;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Tests.Security;

/// <summary>
/// The checks keep lookups O(1): a restricted user's Retrieve by id, query through an indexed lookup,
/// Update and Delete read no row of a table scan (the store counts what scans hand out), and the user's
/// effective privileges are worked out once, not per request.
/// </summary>
public sealed class ChecksWithoutScanTests
{
    private readonly SecurityWorld _world = new();
    private readonly Guid _user;
    private readonly Guid _account;
    private readonly Guid[] _contacts = new Guid[500];

    public ChecksWithoutScanTests()
    {
        string role = _world.Role("Unit contacts", PrivilegeDepth.Local, "prvReadContact", "prvWriteContact", "prvDeleteContact", "prvReadAccount", "prvAppendContact", "prvAppendToAccount");
        _user = _world.User("Agent", _world.North, role);
        var account = new Entity("account", Guid.NewGuid()) { ["name"] = "Parent", ["ownerid"] = new EntityReference("systemuser", _user) };
        _account = account.Id;
        var rows = new Entity[_contacts.Length + 1];
        rows[0] = account;
        for (int i = 0; i < _contacts.Length; i++)
        {
            _contacts[i] = Guid.NewGuid();
            rows[i + 1] = new Entity("contact", _contacts[i])
            {
                ["lastname"] = "Contact " + i,
                ["parentcustomerid"] = i % 5 == 0 ? account.ToEntityReference() : null,
                ["ownerid"] = new EntityReference("systemuser", i % 2 == 0 ? _user : _world.Org.AdminUserId),
            };
        }
        _world.Org.Seed(rows);
    }

    private long Scanned => _world.Org.Core.Store.RowsScanned;

    [Fact]
    public void A_restricted_users_lookups_read_no_row_of_a_scan()
    {
        IOrganizationService service = _world.As(_user);
        service.Retrieve("contact", _contacts[0], new ColumnSet("lastname"));
        long before = Scanned;

        service.Retrieve("contact", _contacts[2], new ColumnSet("lastname"));
        var query = new QueryExpression("contact") { ColumnSet = new ColumnSet("lastname") };
        query.Criteria.AddCondition("parentcustomerid", ConditionOperator.Equal, _account);
        EntityCollection children = service.RetrieveMultiple(query);
        service.Update(new Entity("contact", _contacts[4]) { ["firstname"] = "Edited", ["parentcustomerid"] = new EntityReference("account", _account) });
        service.Delete("contact", _contacts[6]);

        Assert.Equal(0, Scanned - before);
        // Every tenth contact is the user's and a child of the account (i % 10 == 0); the others in the index are the administrator's, in the root unit.
        Assert.Equal(Enumerable.Range(0, _contacts.Length).Count(i => i % 10 == 0), children.Entities.Count);
    }
}
