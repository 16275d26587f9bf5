namespace Jamsostek.Bpu;

public static class Age
{
    /// <summary>
    /// Completed years on <paramref name="today"/>. Compared by (month, day), so someone born on
    /// 29 February turns a year older on 1 March in common years: the year is only complete once
    /// 28 February has passed.
    /// </summary>
    public static int On(DateOnly birthDate, DateOnly today)
    {
        if (birthDate > today)
        {
            throw new ArgumentOutOfRangeException(nameof(birthDate), birthDate, "Birth date is after today.");
        }

        var years = today.Year - birthDate.Year;
        if (today.Month < birthDate.Month || (today.Month == birthDate.Month && today.Day < birthDate.Day))
        {
            years--;
        }

        return years;
    }
}
