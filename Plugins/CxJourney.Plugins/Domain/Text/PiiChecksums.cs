namespace CxJourney.Plugins.Domain.Text;

/// <summary>The check digits that tell a real card, IBAN or identifier from a number of the same shape.</summary>
public static class PiiChecksums
{
    /// <summary>Luhn (ISO/IEC 7812) over a string of ASCII digits: cards, Canadian SINs.</summary>
    public static bool Luhn(string digits)
    {
        var sum = 0;
        var doubled = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (doubled) { d *= 2; if (d > 9) d -= 9; }
            sum += d;
            doubled = !doubled;
        }
        return digits.Length > 0 && sum % 10 == 0;
    }

    /// <summary>ISO 13616 IBAN check: move the first four characters to the end, letters to 10..35, remainder mod 97 is 1.</summary>
    public static bool Iban(string alphanumerics)
    {
        if (alphanumerics.Length < 15 || alphanumerics.Length > 34) return false;
        var remainder = 0;
        for (var n = 0; n < alphanumerics.Length; n++)
        {
            var c = char.ToUpperInvariant(alphanumerics[(n + 4) % alphanumerics.Length]);
            if (c >= '0' && c <= '9') remainder = (remainder * 10 + (c - '0')) % 97;
            else if (c >= 'A' && c <= 'Z') remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            else return false;
        }
        return remainder == 1;
    }

    /// <summary>Spanish DNI/NIE control letter: the number mod 23 indexes "TRWAGMYFPDXBNJZSQVHLCKE".</summary>
    public static bool SpanishControlLetter(long number, char letter) =>
        "TRWAGMYFPDXBNJZSQVHLCKE"[(int)(number % 23)] == char.ToUpperInvariant(letter);

    /// <summary>French NIR (sécurité sociale): 13 digits and a key of 97 minus the number mod 97.</summary>
    public static bool FrenchNir(string fifteenDigits)
    {
        if (fifteenDigits.Length != 15 || (fifteenDigits[0] != '1' && fifteenDigits[0] != '2')) return false;
        var number = long.Parse(fifteenDigits.Substring(0, 13), System.Globalization.CultureInfo.InvariantCulture);
        var key = int.Parse(fifteenDigits.Substring(13), System.Globalization.CultureInfo.InvariantCulture);
        return key == 97 - (int)(number % 97);
    }

    /// <summary>US SSN ranges never issued: area 000, 666 or 900-999, group 00, serial 0000.</summary>
    public static bool PlausibleSsn(string area, string group, string serial) =>
        area != "000" && area != "666" && area[0] != '9' && group != "00" && serial != "0000";
}
