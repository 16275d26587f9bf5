using System.Globalization;
using Jamsostek.Dialogs.Flows;

namespace Jamsostek.Dialogs.Engine;

/// <summary>What batal, kembali, ulang, menu, bantuan, berhenti and mulai pengingat do, in a flow and outside one.</summary>
internal static class GlobalWordHandler
{
    public static void Handle(TurnScope scope, string word)
    {
        var step = scope.Flow?.Id == EngineServices.MenuFlowId ? null : scope.Step;
        switch (word)
        {
            case GlobalWords.Cancel when step is not null:
                var cancelled = scope.Render(scope.Flow!.Text("cancelled", "Baik, dibatalkan. Tidak ada data Anda yang disimpan.\nKetik *menu* untuk kembali ke menu utama."));
                scope.EndFlow();
                scope.Say(cancelled);
                return;
            case GlobalWords.Back when step is not null:
                Back(scope, step);
                return;
            case GlobalWords.Restart when step is not null:
                scope.StartFlow(scope.Flow!, scope.Render(scope.Flow!.Text("restarted", "Baik, kita mulai lagi dari awal. Jawaban sebelumnya sudah dihapus.")));
                return;
            case GlobalWords.Menu when step is not null:
                scope.State = scope.State with { Pending = GlobalWords.Continue };
                scope.Say(
                    scope.Render(scope.Flow!.Text("in_progress", $"Anda sedang mengisi: {scope.Flow!.Title}, {{langkah_sekarang}}. Jawaban Anda tetap tersimpan.\nApa yang ingin Anda lakukan?")),
                    [new ReplyChoice(GlobalWords.Continue, "Lanjutkan"), new ReplyChoice(GlobalWords.Restart, "Mulai dari awal"), new ReplyChoice(GlobalWords.Cancel, "Batalkan pendaftaran")]);
                return;
            case GlobalWords.Help when step is not null:
                // What this step wants, an example, and the way out: the global words alone do not help to answer.
                var wants = step.Help is null ? $"Langkah ini menanyakan {(step.Title ?? "jawaban Anda").ToLowerInvariant()}." : scope.Render(step.Help);
                var example = step.Input is "summary" ? null : StepExample.For(step, scope);
                var help = wants + (example is null ? string.Empty : $"\nContoh jawaban: {example}") + "\n" + GlobalWords.StepWayOut;
                scope.Ask(step, help);
                return;
            case GlobalWords.Stop:
                scope.Effects.Add(new StopRemindersEffect());
                SayOrAsk(scope, step, ReminderWordText(scope, FlowTexts.RemindersStopped));
                return;
            case GlobalWords.ClaimPayment:
                scope.Effects.Add(new ClaimPaymentEffect());
                SayOrAsk(scope, step, ReminderWordText(scope, FlowTexts.PaymentClaimed));
                return;
            case GlobalWords.StartReminders:
                scope.Effects.Add(new StartRemindersEffect());
                SayOrAsk(scope, step, ReminderWordText(scope, FlowTexts.RemindersStarted));
                return;
            case GlobalWords.Help:
                MenuFlow.Start(scope, "Saya bisa membantu Anda mendaftar BPJS Ketenagakerjaan dan menjawab pertanyaan tentang iuran, manfaat, dan cara klaim. Anda juga bisa langsung mengetik pertanyaan.\n" + GlobalWords.Reminder);
                return;
            default:
                // batal, kembali, ulang or menu with nothing going on: the menu is the useful answer.
                MenuFlow.Start(scope, null);
                return;
        }
    }

    /// <summary>
    /// The reply to berhenti, mulai pengingat or sudah bayar, from the menu flow's texts (required there at start-up),
    /// quoting the host's reminder settings rather than figures fixed in the wording.
    /// </summary>
    private static string ReminderWordText(TurnScope scope, string key)
    {
        var settings = scope.Context.Lookups.ReminderSettings;
        var template = scope.Services.Flows.Find(EngineServices.MenuFlowId)?.Text(key, string.Empty) ?? string.Empty;
        return template
            .Replace("{hari_jeda}", settings.ClaimPauseDays.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{jam_mulai}", Hour(settings.WindowStartHour), StringComparison.Ordinal)
            .Replace("{jam_selesai}", Hour(settings.WindowEndHour), StringComparison.Ordinal);

        static string Hour(int hour) => hour.ToString("00", CultureInfo.InvariantCulture) + ".00";
    }

    private static void SayOrAsk(TurnScope scope, Flows.StepDefinition? step, string text)
    {
        if (step is { Input: not null })
        {
            scope.Ask(step, text);
        }
        else
        {
            scope.Say(text);
        }
    }

    private static void Back(TurnScope scope, Flows.StepDefinition step)
    {
        if (scope.State.Trail.IsEmpty)
        {
            scope.Ask(step, "Ini sudah langkah pertama.");
            return;
        }

        var previous = scope.Flow!.Find(scope.State.Trail[^1])!;
        scope.State = scope.State with { Trail = scope.State.Trail.RemoveAt(scope.State.Trail.Count - 1) };
        var current = scope.Slot(previous.Slot) is { } answer
            ? $"Baik, kita kembali ke langkah sebelumnya. Jawaban Anda tadi: {PromptRenderer.Display(previous.Slot, answer, scope)}."
            : "Baik, kita kembali ke langkah sebelumnya.";
        scope.EnterStep(previous, current);
    }
}
