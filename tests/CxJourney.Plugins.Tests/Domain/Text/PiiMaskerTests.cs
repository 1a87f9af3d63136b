using CxJourney.Plugins.Domain.Text;

namespace CxJourney.Plugins.Tests.Domain.Text;

public class PiiMaskerTests
{
    [Theory]
    [InlineData("mail jo.smith+crm@mail.example.co.uk now", "mail [email] now")]
    [InlineData("call 07700 900123", "call [phone]")]
    [InlineData("call (555) 123-4567 today", "call [phone] today")]
    [InlineData("call +1 555 123 4567", "call [phone]")]
    [InlineData("call 555-1234", "call [phone]")]
    [InlineData("ring 5551234567", "ring [phone]")]
    [InlineData("ring 00441234567890", "ring [phone]")]
    [InlineData("card 4111-1111-1111-1111", "card [card]")]
    [InlineData("card 4111111111111111.", "card [card].")]
    public void Masks_personal_data(string input, string expected)
    {
        Assert.Equal(expected, PiiMasker.Mask(input));
    }

    [Theory]
    [InlineData("Order 12345678 is late")]
    [InlineData("Invoice INV-2024-0042")]
    [InlineData("Case CAS-01234-X1Y2Z3")]
    [InlineData("Visit on 2024-05-01 10:30")]
    [InlineData("Visit on 01.05.2024")]
    [InlineData("Version 1.2.3 and ticket #1234")]
    public void Keeps_business_references_and_dates(string input)
    {
        Assert.Equal(input, PiiMasker.Mask(input));
    }

    [Fact]
    public void Masking_is_idempotent()
    {
        var once = PiiMasker.Mask("a@b.com +44 20 7946 0958 4111 1111 1111 1111");
        Assert.Equal(once, PiiMasker.Mask(once));
    }
}
