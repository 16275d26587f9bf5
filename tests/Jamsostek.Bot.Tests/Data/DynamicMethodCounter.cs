using System.Diagnostics.Tracing;
using System.Reflection.Emit;
using Jamsostek.Bot.Tests.TestSupport;

namespace Jamsostek.Bot.Tests.Data;

/// <summary>
/// Counts the dynamic methods the JIT compiles in this process (expression trees compiled, emitted delegates), from the
/// runtime's own JIT events; the runtime's marshalling stubs are not counted. The events arrive on another thread:
/// <see cref="SettledAsync"/> compiles a marker method and waits for its event, so all earlier ones are in.
/// </summary>
internal sealed class DynamicMethodCounter : EventListener
{
    private const string Marker = "dynamic_method_counter_marker";
    private const EventKeywords JitKeyword = (EventKeywords)0x10;

    private int count;
    private int markers;

    public int Count => Volatile.Read(ref count);

    /// <summary>What was counted, "name signature", for the test's output.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Names { get; } = new();

    public async Task<int> SettledAsync()
    {
        var seen = Volatile.Read(ref markers);
        var method = new DynamicMethod(Marker, typeof(int), Type.EmptyTypes);
        var il = method.GetILGenerator();
        il.Emit(OpCodes.Ldc_I4_1);
        il.Emit(OpCodes.Ret);
        _ = ((Func<int>)method.CreateDelegate(typeof(Func<int>)))();
        await Eventually.TrueAsync(() => Volatile.Read(ref markers) > seen, "the JIT event of the marker method");
        return Count;
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, JitKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName?.StartsWith("MethodLoadVerbose", StringComparison.Ordinal) != true || eventData.PayloadNames is not { } names)
        {
            return;
        }

        var ns = eventData.Payload![names.IndexOf("MethodNamespace")] as string;
        var name = eventData.Payload[names.IndexOf("MethodName")] as string ?? string.Empty;
        if (ns != "dynamicClass" || name.StartsWith("IL_STUB", StringComparison.Ordinal))
        {
            return;
        }

        if (name == Marker)
        {
            Interlocked.Increment(ref markers);
        }
        else
        {
            Names.Enqueue($"{name} {eventData.Payload[names.IndexOf("MethodSignature")]}");
            Interlocked.Increment(ref count);
        }
    }
}
