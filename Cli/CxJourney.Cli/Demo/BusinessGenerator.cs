using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CxJourney.Plugins.Model;
using static CxJourney.Cli.Demo.DemoTexts;

namespace CxJourney.Cli.Demo;

/// <summary>
/// Makes up a multi-channel business from a seed: retail, small business and enterprise customers in
/// five regions (some opted out of calls or email), agents in two teams, and a period of orders,
/// invoices, meetings, newsletters, check-in calls and cases. Cases follow varied patterns (fixed on
/// first contact, chased, transferred, reopened, slow and past their resolve-by time, cancelled);
/// a minority get a survey, web or kiosk answer that reflects how the case went, and a few
/// anonymous kiosk answers come from the stores. One <see cref="Random"/> drawn in a fixed order:
/// the same parameters give the same business.
/// </summary>
public sealed class BusinessGenerator
{
    /// <summary>Day one of the default period: a Monday, so the first week is a working week.</summary>
    public static readonly DateTime DefaultStart = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private const int AgentCount = 10;
    private const int OpenHour = 9;
    private const int CloseHour = 17;

    private readonly Random _random;
    private readonly DateTime _start;
    private readonly DateTime _end;
    private readonly List<DemoEvent> _events = new();
    private readonly List<DemoAgent> _agents = new();
    private long _sequence;
    private int _cases;
    private int _orders;
    private int _feedback;

    private enum CasePattern { FirstContact, Chased, Transferred, Reopened, Slow, Cancelled }

    private BusinessGenerator(int seed, DateTime start, int days)
    {
        _random = new Random(seed);
        _start = start;
        _end = start.AddDays(days);
    }

    public static DemoBusiness Generate(int contacts, int days, int seed, DateTime? start = null)
    {
        if (contacts < 1) throw new ArgumentOutOfRangeException(nameof(contacts), contacts, "At least one contact.");
        if (days < 7) throw new ArgumentOutOfRangeException(nameof(days), days, "At least a week.");
        var generator = new BusinessGenerator(seed, start ?? DefaultStart, days);
        return generator.Build(contacts, seed);
    }

    private DemoBusiness Build(int contactCount, int seed)
    {
        BuildAgents();
        var accounts = new List<DemoAccount>();
        var customers = new List<DemoCustomer>();
        DemoAccount? enterprise = null;
        int enterpriseSeats = 0;
        for (int i = 0; i < contactCount; i++)
        {
            double draw = _random.NextDouble();
            int segment = draw < 0.58 ? Choices.Segment.Retail : draw < 0.86 ? Choices.Segment.SmallBusiness : Choices.Segment.Enterprise;
            string region = Pick(_random, Regions);
            int? account = null;
            if (segment == Choices.Segment.SmallBusiness)
            {
                var company = new DemoAccount(accounts.Count, CompanyName(), segment, region);
                accounts.Add(company);
                account = company.Index;
            }
            else if (segment == Choices.Segment.Enterprise)
            {
                // Enterprise accounts have several contacts, all in the account's region.
                if (enterprise is null || enterpriseSeats == 0)
                {
                    enterprise = new DemoAccount(accounts.Count, CompanyName() + " Inc.", segment, region);
                    accounts.Add(enterprise);
                    enterpriseSeats = _random.Next(3, 7);
                }
                region = enterprise.Region;
                account = enterprise.Index;
                enterpriseSeats--;
            }
            string first = Pick(_random, FirstNames);
            string last = Pick(_random, LastNames);
            double optOut = _random.NextDouble();
            customers.Add(new DemoCustomer(
                i, first, last,
                $"{first}.{last}{i}@example.com".ToLowerInvariant(),
                string.Create(CultureInfo.InvariantCulture, $"+1 555 {_random.Next(100, 1000)} {_random.Next(1000, 10000)}"),
                segment, region, Pick(_random, Cities[region]), account,
                DoNotPhone: optOut < 0.09,
                DoNotEmail: optOut >= 0.09 && optOut < 0.16));
        }

        foreach (var customer in customers) CustomerYear(customer);
        AnonymousKioskAnswers(contactCount);

        var ordered = _events.OrderBy(e => e.At).ThenBy(e => e.Sequence).ToList();
        return new DemoBusiness(_start, _end, seed, accounts, customers, _agents, ordered);
    }

    private void BuildAgents()
    {
        // Two teams of five; the first of each team leads it.
        for (int i = 0; i < AgentCount; i++)
        {
            int lead = i < AgentCount / 2 ? 0 : AgentCount / 2;
            _agents.Add(new DemoAgent(i, FirstNames[(i * 7 + 3) % FirstNames.Count], LastNames[(i * 5 + 11) % LastNames.Count], i == lead ? null : lead));
        }
    }

    private string CompanyName() => $"{Pick(_random, CompanyWords)} {Pick(_random, CompanySuffixes)}";

    private void CustomerYear(DemoCustomer c)
    {
        double days = (_end - _start).TotalDays;
        // Most customers were already customers on day one; the rest join during the period.
        double joined = _random.NextDouble() < 0.65 ? 0 : _random.NextDouble() * days * 0.7;
        double active = days - joined;
        double years = active / 365.0;
        int agent = _random.Next(AgentCount);

        (double orders, double cases, double meetings) = c.Segment switch
        {
            Choices.Segment.Retail => (2.2, 0.9, 0.0),
            Choices.Segment.SmallBusiness => (3.0, 1.3, 0.6),
            _ => (4.0, 1.9, 2.5),
        };

        for (int n = Poisson(orders * years); n > 0; n--)
        {
            DateTime at = RandomTime(joined, days, businessHours: c.Segment != Choices.Segment.Retail);
            int order = _orders++;
            string product = Pick(_random, Products);
            decimal amount = Math.Round((decimal)(c.Segment switch
            {
                Choices.Segment.Retail => 20 + _random.NextDouble() * 400,
                Choices.Segment.SmallBusiness => 200 + _random.NextDouble() * 3000,
                _ => 2000 + _random.NextDouble() * 40000,
            }), 2);
            string name = $"{product} order {order + 1:00000}";
            Add(new OrderPlaced(at, c.Index, agent, order, name, amount));
            if (c.Segment != Choices.Segment.Retail)
            {
                Add(new InvoiceIssued(NextBusinessTime(at.AddDays(_random.Next(1, 4))), c.Index, agent, order, $"Invoice for {name}", amount));
            }
            if (!c.DoNotEmail && _random.NextDouble() < 0.5)
            {
                var (subject, body) = Newsletters[0];
                Add(new EmailSent(at.AddMinutes(5), c.Index, agent, subject, body, null));
            }
        }

        for (int n = Poisson(meetings * years); n > 0; n--)
        {
            Add(new AppointmentHeld(RandomTime(joined, days, businessHours: true), c.Index, agent, Pick(_random, Meetings)));
        }

        if (!c.DoNotEmail)
        {
            for (int n = Poisson(1.2 * years); n > 0; n--)
            {
                var (subject, body) = Newsletters[1 + _random.Next(Newsletters.Count - 1)];
                Add(new EmailSent(RandomTime(joined, days, businessHours: true), c.Index, agent, subject, body, null));
            }
        }
        if (!c.DoNotPhone && c.Segment != Choices.Segment.Retail)
        {
            for (int n = Poisson(1.0 * years); n > 0; n--)
            {
                Add(new CallMade(RandomTime(joined, days, businessHours: true), c.Index, agent, Pick(_random, CheckInCalls),
                    "Talked through how things are going; no open questions.", null));
            }
        }

        for (int n = Poisson(cases * years); n > 0; n--) Case(c, RandomTime(joined, days, businessHours: _random.NextDouble() < 0.7));
    }

    private void Case(DemoCustomer c, DateTime opened)
    {
        int id = _cases++;
        var topic = Pick(_random, CaseTopics);
        int agent = _random.Next(AgentCount);
        string customerName = c.FirstName;
        Tone tone = _random.NextDouble() switch
        {
            < 0.12 => Tone.Pleased,
            < 0.62 => Tone.Neutral,
            < 0.88 => Tone.Upset,
            _ => Tone.Angry,
        };
        double originDraw = _random.NextDouble();
        int origin = c.Segment switch
        {
            Choices.Segment.Retail => originDraw < 0.4 ? StandardChoices.CaseOrigin.Phone : originDraw < 0.75 ? StandardChoices.CaseOrigin.Email : StandardChoices.CaseOrigin.Web,
            Choices.Segment.SmallBusiness => originDraw < 0.35 ? StandardChoices.CaseOrigin.Phone : originDraw < 0.85 ? StandardChoices.CaseOrigin.Email : StandardChoices.CaseOrigin.Web,
            _ => originDraw < 0.4 ? StandardChoices.CaseOrigin.Phone : originDraw < 0.95 ? StandardChoices.CaseOrigin.Email : StandardChoices.CaseOrigin.Web,
        };
        int priority = tone == Tone.Angry || (c.Segment == Choices.Segment.Enterprise && _random.NextDouble() < 0.3) ? 1 : 2;
        // SLAs count working hours, as Dataverse SLAs do with a business-hours calendar; half of retail cases have none.
        double? slaHours = c.Segment switch
        {
            Choices.Segment.Enterprise => priority == 1 ? 8 : 16,
            Choices.Segment.SmallBusiness => 24,
            _ => _random.NextDouble() < 0.5 ? 40 : null,
        };
        DateTime? resolveBy = slaHours is double hours ? AddBusinessHours(opened, hours) : null;

        CasePattern pattern = _random.NextDouble() switch
        {
            < 0.44 => CasePattern.FirstContact,
            < 0.62 => CasePattern.Chased,
            < 0.76 => CasePattern.Transferred,
            < 0.87 => CasePattern.Reopened,
            < 0.96 => CasePattern.Slow,
            _ => CasePattern.Cancelled,
        };

        string description = FirstMessage(topic, tone, customerName);
        Add(new CaseOpened(opened, id, c.Index, agent, topic.Title, description, origin, priority, resolveBy));
        // The customer's first message, on the channel the case came in through (a web form is the case itself).
        if (origin == StandardChoices.CaseOrigin.Email)
            Add(new EmailReceived(opened, c.Index, agent, topic.Title, description, id));
        else if (origin == StandardChoices.CaseOrigin.Phone)
            Add(new CallReceived(opened, c.Index, agent, topic.Title, description, id));

        // How fast the first reply comes: minutes for enterprise, hours for retail, days when the case is slow.
        double medianMinutes = c.Segment switch { Choices.Segment.Enterprise => 30, Choices.Segment.SmallBusiness => 60, _ => 120 };
        if (pattern == CasePattern.Slow) medianMinutes = 60 * 30;
        DateTime t = NextBusinessTime(opened.AddMinutes(LogNormal(medianMinutes, 0.9)));
        bool byPhone = ReplyByPhone(c, origin);
        Reply(c, agent, id, t, byPhone, Acknowledge(topic, _agents[agent].FirstName), topic.Title);

        if (pattern == CasePattern.Cancelled)
        {
            t = t.AddHours(2 + _random.NextDouble() * 30);
            Add(new EmailReceived(t, c.Index, agent, "Re: " + topic.Title, "No need any more, it sorted itself out. Thanks anyway.", id));
            Add(new CaseCancelled(NextBusinessTime(t.AddMinutes(30)), id));
            return;
        }

        // What the customer had to do beyond the first message: messages sent again, details repeated after a transfer.
        int chases = 0;
        bool repeatedDetails = false;
        if (pattern == CasePattern.Chased || pattern == CasePattern.Slow)
        {
            t = t.AddHours(20 + _random.NextDouble() * 40);
            Tone chase = tone == Tone.Angry || _random.NextDouble() < 0.35 ? Tone.Angry : Tone.Upset;
            CustomerMessage(c, agent, id, t, "Re: " + topic.Title, Chase(topic, chase));
            chases++;
            t = NextBusinessTime(t.AddMinutes(LogNormal(medianMinutes, 0.8)));
            Reply(c, agent, id, t, byPhone, $"Sorry for the wait. We are still working on it and expect a fix soon. {_agents[agent].FirstName}", topic.Title);
        }

        if (pattern == CasePattern.Transferred)
        {
            int specialist = (agent + 1 + _random.Next(AgentCount - 1)) % AgentCount;
            t = NextBusinessTime(t.AddHours(1 + _random.NextDouble() * 6));
            Add(new CaseTransferred(t, id, specialist));
            agent = specialist;
            t = NextBusinessTime(t.AddHours(1 + _random.NextDouble() * 20));
            Reply(c, agent, id, t, byPhone, $"I have taken over your case and need a few details to fix it. {_agents[agent].FirstName}", topic.Title);
            if (_random.NextDouble() < 0.6)
            {
                t = t.AddHours(1 + _random.NextDouble() * 12);
                CustomerMessage(c, agent, id, t, "Re: " + topic.Title, "Here are the details you asked for. Please fix this soon, I have already explained it once.");
                repeatedDetails = true;
            }
        }

        // Working on it, in working hours: short for a first-contact fix, longer otherwise; slow cases take days and miss their time.
        double workHours = pattern switch
        {
            CasePattern.FirstContact => 0.2 + _random.NextDouble() * 3,
            CasePattern.Slow => 20 + _random.NextDouble() * 40,
            _ => 1 + _random.NextDouble() * 14,
        };
        t = AddBusinessHours(t, workHours);
        Reply(c, agent, id, t, byPhone, Resolution(topic, _agents[agent].FirstName), topic.Title);
        Add(new CaseResolved(t.AddMinutes(1), id, "Problem solved: " + topic.Title));
        DateTime resolved = t.AddMinutes(1);
        bool late = resolveBy is DateTime due && resolved > due;

        if (pattern == CasePattern.Reopened)
        {
            t = resolved.AddDays(1 + _random.NextDouble() * 5);
            CustomerMessage(c, agent, id, t, "Re: " + topic.Title, Reopen(topic));
            chases++;
            Add(new CaseReopened(t.AddMinutes(2), id));
            t = NextBusinessTime(t.AddMinutes(LogNormal(medianMinutes, 0.8)));
            Reply(c, agent, id, t, byPhone, $"I am sorry it came back. I have reopened your case and I am on it. {_agents[agent].FirstName}", topic.Title);
            t = NextBusinessTime(t.AddHours(3 + _random.NextDouble() * 30));
            Reply(c, agent, id, t, byPhone, Resolution(topic, _agents[agent].FirstName), topic.Title);
            Add(new CaseResolved(t.AddMinutes(1), id, "Fixed again: " + topic.Title));
            resolved = t.AddMinutes(1);
            late |= resolveBy is DateTime due2 && resolved > due2;
        }

        Survey(c, id, pattern, tone, late, resolved, new Effort(chases, pattern == CasePattern.Transferred, repeatedDetails));
    }

    /// <summary>A reply on the channel the customer allows: a call when they called and take calls, else an email.</summary>
    private bool ReplyByPhone(DemoCustomer c, int origin)
    {
        if (c.DoNotEmail) return true;
        if (c.DoNotPhone) return false;
        return origin == StandardChoices.CaseOrigin.Phone ? _random.NextDouble() < 0.8 : _random.NextDouble() < 0.15;
    }

    private void Reply(DemoCustomer c, int agent, int caseId, DateTime at, bool byPhone, string text, string title)
    {
        if (byPhone) Add(new CallMade(at, c.Index, agent, "Call back: " + title, text, caseId));
        else Add(new EmailSent(at, c.Index, agent, "Re: " + title, text, caseId));
    }

    private void CustomerMessage(DemoCustomer c, int agent, int caseId, DateTime at, string subject, string text)
    {
        if (_random.NextDouble() < 0.6) Add(new EmailReceived(at, c.Index, agent, subject, text, caseId));
        else Add(new CallReceived(at, c.Index, agent, subject, text, caseId));
    }

    /// <summary>About a third of resolved cases get an answer, a few days later; answers follow how the case went.</summary>
    /// <summary>The work a case made its customer do: messages beyond the first, a hand-over, details given twice.</summary>
    private readonly record struct Effort(int ExtraMessages, bool HandedOver, bool RepeatedDetails);

    private void Survey(DemoCustomer c, int caseId, CasePattern pattern, Tone tone, bool late, DateTime resolved, Effort effort)
    {
        double chance = c.Segment == Choices.Segment.Enterprise ? 0.42 : 0.3;
        if (_random.NextDouble() >= chance) return;
        double personal = Gaussian() * 0.7;
        double mood = 4.5 + personal;
        mood -= pattern switch
        {
            CasePattern.Reopened => 1.4,
            CasePattern.Slow => 1.1,
            CasePattern.Chased => 0.8,
            CasePattern.Transferred => 0.6,
            _ => 0.0,
        };
        if (late) mood -= 0.7;
        if (tone == Tone.Angry) mood -= 0.5;
        if (tone == Tone.Pleased) mood += 0.3;
        int csat = Math.Clamp((int)Math.Round(mood), 1, 5);
        // Effort (CES, 1-7) is what the customer had to do, as customer-effort research finds it (repeat contacts,
        // transfers, repeating information, waiting): built from this case's own effort, then coloured by how the
        // customer feels (a less satisfied customer reports more effort), with its own noise. It used to be
        // 7.6 - 1.3 x the satisfaction mood, i.e. satisfaction restated: every bit of a customer's satisfaction noise
        // amplified into effort, and the work the case actually asked of them mattered only through the mood.
        double toneFeeling = tone == Tone.Angry ? -0.5 : tone == Tone.Pleased ? 0.3 : 0.0;
        double work = 1.6
            + 0.8 * effort.ExtraMessages
            + (effort.HandedOver ? 0.6 : 0.0) + (effort.RepeatedDetails ? 0.4 : 0.0)
            + (pattern == CasePattern.Reopened ? 1.0 : 0.0)
            + (pattern == CasePattern.Slow ? 0.5 : 0.0)
            + (late ? 0.6 : 0.0);
        int ces = Math.Clamp((int)Math.Round(work - 0.6 * (personal + toneFeeling) + Gaussian() * 0.7), 1, 7);
        int nps = csat switch
        {
            5 => _random.NextDouble() < 0.8 ? 9 + _random.Next(2) : 8,
            4 => 7 + _random.Next(3),
            3 => 5 + _random.Next(4),
            2 => 2 + _random.Next(4),
            _ => _random.Next(4),
        };
        bool answersNps = _random.NextDouble() < 0.85;
        double channelDraw = _random.NextDouble();
        int channel = c.Segment == Choices.Segment.Retail && channelDraw < 0.15 ? Choices.Channel.Kiosk
            : channelDraw < 0.4 ? Choices.Channel.Web
            : Choices.Channel.Survey;
        string? location = channel == Choices.Channel.Kiosk ? Pick(_random, Stores) : null;
        DateTime at = resolved.AddHours(6 + _random.NextDouble() * 70);
        Add(new FeedbackGiven(at, c.Index, caseId, c.Segment, csat, ces, answersNps ? nps : null, SurveyComment(csat, _random),
            channel, location, Reference(channel, location)));
    }

    /// <summary>In-store kiosk answers from people who did not say who they are: no contact, no case.</summary>
    private void AnonymousKioskAnswers(int contactCount)
    {
        double days = (_end - _start).TotalDays;
        for (int n = Math.Max(1, contactCount / 12); n > 0; n--)
        {
            DateTime at = RandomTime(0, days, businessHours: false);
            double mood = 4.0 + Gaussian() * 1.0;
            int csat = Math.Clamp((int)Math.Round(mood), 1, 5);
            int nps = Math.Clamp((int)Math.Round(mood * 2.1 + Gaussian()), 0, 10);
            string location = Pick(_random, Stores);
            Add(new FeedbackGiven(at, null, null, Choices.Segment.Retail, csat, null, nps, SurveyComment(csat, _random),
                Choices.Channel.Kiosk, location, Reference(Choices.Channel.Kiosk, location)));
        }
    }

    private string Reference(int channel, string? location)
    {
        int n = ++_feedback;
        return channel switch
        {
            Choices.Channel.Kiosk => string.Create(CultureInfo.InvariantCulture, $"kiosk:{location!.Split(' ')[1]}:{n:000000}"),
            Choices.Channel.Web => string.Create(CultureInfo.InvariantCulture, $"web:{n:000000}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"survey:{n:000000}"),
        };
    }

    private void Add(DemoEvent e)
    {
        // Whatever would happen after the period has not happened yet: such cases stay open.
        if (e.At >= _end) return;
        _events.Add(e with { Sequence = _sequence++ });
    }

    /// <summary>A time between day <paramref name="fromDay"/> and <paramref name="toDay"/> of the period; optionally inside working hours.</summary>
    private DateTime RandomTime(double fromDay, double toDay, bool businessHours)
    {
        DateTime t = _start.AddDays(fromDay + _random.NextDouble() * (toDay - fromDay));
        if (!businessHours)
        {
            // Customers act in the daytime and evening, any day.
            return t.Date.AddHours(8 + _random.NextDouble() * 14);
        }
        return NextBusinessTime(t.Date.AddHours(OpenHour + _random.NextDouble() * (CloseHour - OpenHour)));
    }

    /// <summary>The time itself when agents are at work (weekdays 09:00-17:00 UTC), else the next opening, plus a few minutes.</summary>
    private DateTime NextBusinessTime(DateTime t)
    {
        if (IsWorking(t)) return t;
        DateTime day = t.Hour >= CloseHour ? t.Date.AddDays(1) : t.Date;
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) day = day.AddDays(1);
        return day.AddHours(OpenHour).AddMinutes(_random.Next(5, 50));
    }

    /// <summary><paramref name="hours"/> working hours after <paramref name="t"/> (weekdays 09:00-17:00 UTC).</summary>
    private static DateTime AddBusinessHours(DateTime t, double hours)
    {
        double left = hours * 60;
        DateTime at = t;
        while (true)
        {
            if (!IsWorking(at))
            {
                DateTime day = at.Hour >= CloseHour ? at.Date.AddDays(1) : at.Date;
                while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) day = day.AddDays(1);
                at = day.AddHours(OpenHour);
            }
            double untilClose = (at.Date.AddHours(CloseHour) - at).TotalMinutes;
            if (left <= untilClose) return at.AddMinutes(left);
            left -= untilClose;
            at = at.Date.AddHours(CloseHour);
        }
    }

    private static bool IsWorking(DateTime t) =>
        t.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && t.Hour >= OpenHour && t.Hour < CloseHour;

    private int Poisson(double mean)
    {
        // Knuth's method: fine for the small means used here.
        double limit = Math.Exp(-mean), product = _random.NextDouble();
        int n = 0;
        while (product > limit)
        {
            n++;
            product *= _random.NextDouble();
        }
        return n;
    }

    private double Gaussian()
    {
        double u1 = 1.0 - _random.NextDouble(), u2 = _random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    private double LogNormal(double median, double sigma) => median * Math.Exp(sigma * Gaussian());
}
