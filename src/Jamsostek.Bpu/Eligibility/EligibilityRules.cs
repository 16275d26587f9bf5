namespace Jamsostek.Bpu;

/// <summary>Whether a person may register as a BPU, judged by age on the day of registration.</summary>
public sealed class EligibilityRules(EligibilityOptions options)
{
    public EligibilityResult Check(DateOnly birthDate, DateOnly today)
    {
        var age = Age.On(birthDate, today);
        if (age > options.MaxAgeAtRegistration)
        {
            return new EligibilityResult(false, age, AgeRefusal.TooOld, options.MaxAgeAtRegistration);
        }

        if (age < options.MinAge)
        {
            return new EligibilityResult(false, age, AgeRefusal.TooYoung, options.MinAge, BirthdayAt(birthDate, options.MinAge));
        }

        return new EligibilityResult(true, age);
    }

    // The day the age is complete, as Age.On counts it: someone born on 29 February is 15 on 1 March
    // of a common year (AddYears alone would give 28 February, a day early).
    private static DateOnly BirthdayAt(DateOnly birthDate, int years)
    {
        var day = birthDate.AddYears(years);
        return Age.On(birthDate, day) < years ? day.AddDays(1) : day;
    }
}
