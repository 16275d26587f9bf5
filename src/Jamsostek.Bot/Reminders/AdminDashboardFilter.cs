using Hangfire.Dashboard;
using Jamsostek.Bot.Officers;

namespace Jamsostek.Bot.Reminders;

/// <summary>The Hangfire dashboard is for signed-in admins only (officer cookie, admin role).</summary>
internal sealed class AdminDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var user = context.GetHttpContext().User;
        return user.Identity?.IsAuthenticated == true && user.IsInRole(OfficerRoles.Admin);
    }
}
