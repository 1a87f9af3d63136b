using System;
using CxJourney.Emulator.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CxJourney.Emulator.Tests.Conformance;

public sealed class ValidationConformanceTests : OrganizationFixture
{
    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes (QueryBuilderNoEntity)
    [Fact]
    public void An_unknown_table_fails_with_the_platforms_message()
    {
        var fault = Fails(ErrorCodes.QueryBuilderNoEntity, () => Service.Create(new Entity("new_widget") { ["new_name"] = "x" }));

        Assert.Equal("The entity with a name = 'new_widget' with namemapping = 'Logical' was not found in the MetadataCache.", fault.Message);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/entity-metadata (logical names are lower case)
    [Fact]
    public void Table_names_are_logical_names_and_do_not_match_another_case()
    {
        Fails(ErrorCodes.QueryBuilderNoEntity, () => Service.Create(new Entity("Contact") { ["lastname"] = "X" }));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes (QueryBuilderNoAttribute)
    [Fact]
    public void An_unknown_column_fails_with_the_platforms_message()
    {
        var fault = Fails(ErrorCodes.QueryBuilderNoAttribute, () => Service.Create(new Entity("contact") { ["lastname"] = "X", ["shoesize"] = "Y" }));

        Assert.Equal("'contact' entity doesn't contain attribute with Name = 'shoesize' and NameMapping = 'Logical'.", fault.Message);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes (QueryBuilderNoAttribute)
    [Fact]
    public void Retrieve_of_an_unknown_column_fails_the_same_way()
    {
        Guid id = NewContact();

        Fails(ErrorCodes.QueryBuilderNoAttribute, () => Service.Retrieve("contact", id, new ColumnSet("lastname", "shoesize")));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-update-delete (column types)
    [Fact]
    public void A_string_written_to_an_integer_column_fails()
    {
        var fault = Fails(ErrorCodes.InvalidArgument, () => Service.Create(new Entity("account") { ["name"] = "A", ["numberofemployees"] = "12" }));

        Assert.StartsWith("Incorrect type of attribute value System.String", fault.Message);
        Assert.Equal(0, Org.Count("account"));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-update-delete (column types)
    [Fact]
    public void An_OptionSetValue_written_to_a_lookup_fails()
    {
        Fails(ErrorCodes.InvalidArgument, () => Service.Create(new Entity("contact") { ["lastname"] = "X", ["parentcustomerid"] = new OptionSetValue(1) }));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-update-delete (column types)
    [Fact]
    public void A_plain_integer_written_to_a_choice_column_fails()
    {
        Fails(ErrorCodes.InvalidArgument, () => Service.Create(new Entity("account") { ["name"] = "A", ["customertypecode"] = 3 }));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/contact#BKMK_ParentCustomerId (targets account, contact)
    [Fact]
    public void A_lookup_to_a_table_it_does_not_target_fails()
    {
        Guid user = Org.CreateUser("Grace", "Hopper");

        Fails(ErrorCodes.InvalidArgument, () => Service.Create(new Entity("contact") { ["lastname"] = "X", ["parentcustomerid"] = new EntityReference("systemuser", user) }));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes (StringLengthTooLong)
    [Fact]
    public void A_string_longer_than_MaxLength_fails_with_the_platforms_message()
    {
        var fault = Fails(ErrorCodes.StringLengthTooLong, () => Service.Create(new Entity("contact") { ["lastname"] = new string('x', 51) }));

        Assert.Equal("A validation error occurred. The length of the 'lastname' attribute of the 'contact' entity exceeded the maximum allowed length of '50'.", fault.Message);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/entities/contact#BKMK_LastName (MaxLength 50)
    [Fact]
    public void A_string_of_exactly_MaxLength_is_accepted()
    {
        Guid id = Service.Create(new Entity("contact") { ["lastname"] = new string('x', 50) });

        Assert.Equal(50, ((string)Org.Get("contact", id)["lastname"]!).Length);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes (PicklistValueOutOfRange)
    [Fact]
    public void A_choice_value_outside_the_options_fails()
    {
        var fault = Fails(ErrorCodes.PicklistValueOutOfRange, () => Service.Create(new Entity("account") { ["name"] = "A", ["customertypecode"] = new OptionSetValue(99) }));

        Assert.StartsWith("A validation error occurred. The value 99 of 'customertypecode' on record of type 'account' is outside the valid range.", fault.Message);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes (PicklistValueOutOfRange)
    [Fact]
    public void An_update_with_a_choice_value_outside_the_options_fails_and_keeps_the_old_value()
    {
        Guid id = Service.Create(new Entity("account") { ["name"] = "A", ["customertypecode"] = new OptionSetValue(3) });

        Fails(ErrorCodes.PicklistValueOutOfRange, () => Service.Update(new Entity("account", id) { ["customertypecode"] = new OptionSetValue(0) }));

        Assert.Equal(3, Org.Get("account", id).GetAttributeValue<OptionSetValue>("customertypecode")!.Value);
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/behavior-format-date-time-attribute (earliest 1/1/1753)
    [Fact]
    public void A_date_before_1753_fails()
    {
        Fails(ErrorCodes.InvalidDateTime, () => Service.Create(new Entity("contact") { ["lastname"] = "X", ["birthdate"] = new DateTime(1700, 1, 1) }));
    }

    // https://learn.microsoft.com/power-apps/developer/data-platform/org-service/entity-operations-update-delete (column types)
    [Fact]
    public void Money_must_be_written_as_Money()
    {
        Fails(ErrorCodes.InvalidArgument, () => Service.Create(new Entity("account") { ["name"] = "A", ["revenue"] = 10m }));
    }
}
