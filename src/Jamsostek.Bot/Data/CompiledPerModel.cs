using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Jamsostek.Bot.Data;

/// <summary>
/// An EF compiled query per model. A hot-path query run through LINQ pays EF's parameter extraction and query-cache
/// lookup on every execution (issue 12 round 6's profile: a delegate compiled inside each run); a compiled query pays
/// neither. One delegate per model, because a compiled query is bound to the model it first met, and a process may hold
/// several (one per field-encryption key ring, and PostgreSQL's); the table lets a model that is collected go with it.
/// </summary>
internal sealed class CompiledPerModel<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConditionalWeakTable<IModel, TQuery> byModel = [];

    public TQuery For(DbContext db) => byModel.GetValue(db.Model, _ => compile());
}
