using Jamsostek.Bot.Conversations;
using Jamsostek.Bot.Data;
using Jamsostek.Bot.Outbox;
using Jamsostek.Bot.SignUps;
using Jamsostek.Bot.Shared;
using Jamsostek.Dialogs.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Jamsostek.Bot.Agents;

/// <summary>
/// Assisted registration in chat, around the dialog engine (read phase, no writes; the writes are effects):
/// an agent's link code; "daftarkan orang lain" (the registration flow as it is, with the agent's mark as its source);
/// the submit of such a registration (held, credited, the agent's chat cleared); "status" in an agent's chat (reference
/// and status only); the worker's consent code and their answer from their own chat.
/// </summary>
internal sealed class AgentTurnInterceptor(AgentTexts texts, IOptions<AgentOptions> options, IEnumerable<IOutboxRenderer> channels, TimeProvider time) : ITurnInterceptor
{
    public const string AgreeChoice = "agen:setuju";
    public const string RefuseChoice = "agen:tolak";
    public const string OtherChoice = "agen:orang-lain";

    private const int MaxListed = 10;

    private readonly bool whatsAppRuns = channels.Any(c => c.Channel == ChannelNames.WhatsApp);

    public async Task<TurnResult> HandleAsync(BotDbContext db, InboundMessage message, ConversationState state, Func<ConversationState, InboundInput, TurnResult> engine, CancellationToken cancellationToken)
    {
        var input = message.Input;
        var text = input.Kind == InputKind.Start ? input.StartPayload : input.Kind == InputKind.Text ? input.Text : null;
        if ((input.Kind == InputKind.Start || !state.InFlow) && AgentCodes.Read(text) is { } code)
        {
            return code.StartsWith(AgentCodes.LinkPrefix, StringComparison.Ordinal)
                ? new TurnResult(Outside(state), [], [new AgentLinkEffect(code, texts)])
                : await AskWorkerAsync(db, message, state, code, cancellationToken);
        }

        if (!state.InFlow && await ConsentAnswerAsync(db, message, state, cancellationToken) is { } answered)
        {
            return answered;
        }

        if (OwnRegistration.Asked(state))
        {
            state = OwnRegistration.WithoutQuestion(state);
            if (input.ChoiceId == OwnRegistration.LeaveChoice || (input.Kind == InputKind.Text && texts.Is("tinggalkan", input.Text)))
            {
                return OwnRegistration.LeaveFor(state, StartForOther(engine));
            }

            if (input.ChoiceId == OwnRegistration.KeepChoice || (input.Kind == InputKind.Text && texts.Is("lanjutkan", input.Text)))
            {
                return engine(state, InboundInput.FromText("daftar")); // "Anda sedang mengisi: …", the step asked again
            }
        }

        // The agent is looked up only where it matters, not on every turn of a registration (the turn's hot path).
        if (input.ChoiceId == OtherChoice || (input.Kind == InputKind.Text && texts.Is("daftar_orang_lain", input.Text)))
        {
            if (await AgentOfAsync(db, message, cancellationToken) is null)
            {
                // A worker asked after a rejection whom a registration is for answers with the button's words.
                return RegistrationFor.Asked(state) ? engine(state, input) : new TurnResult(state, [Reply.Plain(texts.Say("bukan_agen"))], []);
            }

            // Never turns the agent's own registration into one for someone else.
            return OwnRegistration.InProgress(state) ? OwnRegistration.Ask(state, texts)
                : state.InFlow && state.Source == SignUp.AgentSource ? engine(state, InboundInput.FromText("daftar"))
                : StartForOther(engine, state);
        }

        if (!state.InFlow && (input.ChoiceId == "status" || (input.Kind == InputKind.Text && texts.Is("status", input.Text)))
            && await AgentOfAsync(db, message, cancellationToken) is { } asking)
        {
            return new TurnResult(state, [Reply.Plain(await StatusAsync(db, asking, cancellationToken))], []);
        }

        var result = engine(state, input);

        // An agent whose own sign-up was rejected answered "Daftarkan orang lain": the agents' registration, held for the worker.
        if (!RegistrationFor.IsSomeoneElse(state) && RegistrationFor.IsSomeoneElse(result.State) && await AgentOfAsync(db, message, cancellationToken) is not null)
        {
            return StartForOther(engine, state);
        }

        if (result.Effects.OfType<SubmitSignUpEffect>().FirstOrDefault(e => e.Source == SignUp.AgentSource) is { } submit)
        {
            // An agent deactivated meanwhile sends nothing: never a sign-up from their chat without the worker's consent.
            return await AgentOfAsync(db, message, cancellationToken) is { } agent
                ? OwnRegistration.ResumeAfter(state, Held(agent, submit, result), texts)
                : new TurnResult(ConversationState.Empty, [Reply.Plain(texts.Say("agen_nonaktif"))], [new DraftDiscardedEffect()]);
        }

        if (result.Effects.OfType<DeletePersonalDataEffect>().Any())
        {
            return await ErasingAsync(db, message, state, result, cancellationToken);
        }

        result = OwnRegistration.ResumeAfter(state, result, texts);

        // The menu just shown to an agent has the agents' button besides.
        var menuShown = state.FlowId != EngineServices.MenuFlowId && result.State.FlowId == EngineServices.MenuFlowId && result.Effects.Count == 0;
        return menuShown && result.Replies.Count > 0 && await AgentOfAsync(db, message, cancellationToken) is not null
            ? result with { Replies = [.. result.Replies.SkipLast(1), WithAgentsButton(result.Replies[^1])] }
            : result;
    }

    /// <summary>
    /// "hapus data saya": in an agent's chat the sign-ups held for other workers stay theirs (the eraser leaves them) and the
    /// agent is told so; in a worker's chat a sign-up an agent holds for them goes too, before their own data.
    /// </summary>
    private async Task<TurnResult> ErasingAsync(BotDbContext db, InboundMessage message, ConversationState state, TurnResult result, CancellationToken cancellationToken)
    {
        if (await AgentOfAsync(db, message, cancellationToken) is { } agent)
        {
            var held = await db.SignUps.CountAsync(s => s.AgentId == agent.Id && s.Status == SignUpStatus.Held, cancellationToken);
            return held == 0 ? result : result with
            {
                Replies = [.. result.Replies, Reply.Plain(texts.Say("hapus_agen", ("jumlah", held.ToString(System.Globalization.CultureInfo.InvariantCulture))))],
            };
        }

        var code = AgentCodes.Read(state.Source) is { } asked && !asked.StartsWith(AgentCodes.LinkPrefix, StringComparison.Ordinal) ? asked : null;
        return result with { Effects = [new HeldErasureEffect(code, texts), .. result.Effects] };
    }

    private Reply WithAgentsButton(Reply menu) => menu with
    {
        Text = menu.Text + "\n\n" + texts.Say("menu_agen"),
        Choices = [.. menu.Choices, new ReplyChoice(OtherChoice, texts.Say("tombol_orang_lain"))],
    };

    /// <summary>The registration as it is, from nothing, with the agent's mark as its source.</summary>
    private TurnResult StartForOther(Func<ConversationState, InboundInput, TurnResult> engine, ConversationState? from = null)
    {
        var started = engine((from ?? ConversationState.Empty) with { Source = SignUp.AgentSource }, InboundInput.FromText("daftar"));
        return started with { Replies = [Reply.Plain(texts.Say("mulai")), .. started.Replies] };
    }

    private static Task<Agent?> AgentOfAsync(BotDbContext db, InboundMessage message, CancellationToken cancellationToken) =>
        db.Agents.AsNoTracking().SingleOrDefaultAsync(a => a.Channel == message.Channel && a.ChatId == message.ChatId, cancellationToken);

    /// <summary>The agent's submit: held for the worker, the agent told how the worker confirms; no answer stays in the state.</summary>
    private TurnResult Held(Agent agent, SubmitSignUpEffect submit, TurnResult result)
    {
        var settings = options.Value;
        var code = AgentCodes.NewConsentCode();
        var link = string.IsNullOrWhiteSpace(settings.BotUsername) ? "chat bot ini" : $"https://t.me/{settings.BotUsername.TrimStart('@')}?start={code}";
        var label = $"{AgentKinds.LabelOf(agent.Kind)} {agent.Name}";
        var told = texts.Say("terkirim", ("referensi", submit.Reference), ("kode", code), ("tautan", link), ("hari", settings.ConfirmDays.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var replies = new List<Reply> { Reply.Plain(told) };
        string? whatsApp = null;
        if (whatsAppRuns)
        {
            whatsApp = texts.Say("tanya_wa", ("agen", label), ("referensi", submit.Reference), ("kode", code));
            replies.Add(Reply.Plain(texts.Say("terkirim_wa")));
        }

        var hold = new AgentHoldEffect(agent.Id, label, submit.Reference, code, time.GetUtcNow().AddDays(settings.ConfirmDays), whatsApp);
        return new TurnResult(ConversationState.Empty, replies, [.. result.Effects, hold]);
    }

    private async Task<TurnResult> AskWorkerAsync(BotDbContext db, InboundMessage message, ConversationState state, string code, CancellationToken cancellationToken)
    {
        var signUp = await db.SignUps.AsNoTracking().SingleOrDefaultAsync(s => s.ConfirmCode == code && s.Status == SignUpStatus.Held, cancellationToken);
        var agent = signUp?.AgentId is { } id ? await db.Agents.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, cancellationToken) : null;
        if (signUp is null || agent is null || signUp.HoldUntil < time.GetUtcNow())
        {
            return new TurnResult(Outside(state), [Reply.Plain(texts.Say("kode_salah"))], []);
        }

        if (agent.Channel == message.Channel && agent.ChatId == message.ChatId)
        {
            return new TurnResult(Outside(state), [Reply.Plain(texts.Say("kode_di_chat_agen"))], []);
        }

        var question = texts.Say("tanya_pekerja", ("jenis", AgentKinds.LabelOf(agent.Kind)), ("agen", agent.Name), ("referensi", signUp.Reference),
            ("nama", signUp.FullName), ("nik", PersonalData.MaskNik(signUp.Nik)), ("program", signUp.Programs.Replace(",", " + ", StringComparison.Ordinal)));
        ReplyChoice[] choices = [new(AgreeChoice, texts.Say("tombol_setuju")), new(RefuseChoice, texts.Say("tombol_tolak"))];
        return new TurnResult(Outside(state) with { Source = code }, [new Reply(question, choices)], []);
    }

    /// <summary>
    /// The worker's answer after the question (the code is the state's source), or on WhatsApp a plain "Ya, saya setuju"
    /// from the number the agent typed, which the notice went to.
    /// </summary>
    private async Task<TurnResult?> ConsentAnswerAsync(BotDbContext db, InboundMessage message, ConversationState state, CancellationToken cancellationToken)
    {
        var input = message.Input;
        bool? agrees = input.ChoiceId switch
        {
            AgreeChoice => true,
            RefuseChoice => false,
            _ when input.Kind == InputKind.Text && texts.Is("setuju", input.Text) => true,
            _ when input.Kind == InputKind.Text && texts.Is("tolak", input.Text) => false,
            _ => null,
        };
        if (agrees is null)
        {
            return null;
        }

        var code = AgentCodes.Read(state.Source) is { } asked && !asked.StartsWith(AgentCodes.LinkPrefix, StringComparison.Ordinal) ? asked : null;
        if (code is null && message.Channel == ChannelNames.WhatsApp && db.Cipher is { } cipher)
        {
            var phone = cipher.Hash("+" + message.ChatId);
            code = await db.SignUps.AsNoTracking()
                .Where(s => s.Status == SignUpStatus.Held && s.PhoneHash == phone)
                .OrderByDescending(s => s.CreatedAt)
                .Select(s => s.ConfirmCode)
                .FirstOrDefaultAsync(cancellationToken);
        }

        return code is null ? null : new TurnResult(Outside(state) with { Source = null }, [], [new WorkerConsentEffect(code, agrees.Value, texts)]);
    }

    private async Task<string> StatusAsync(BotDbContext db, Agent agent, CancellationToken cancellationToken)
    {
        var rows = await db.SignUps.AsNoTracking()
            .Where(s => s.AgentId == agent.Id)
            .OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id)
            .Take(MaxListed)
            .Select(s => new { s.Reference, s.Status })
            .ToListAsync(cancellationToken);
        return rows.Count == 0
            ? texts.Say("status_kosong")
            : string.Join('\n', [texts.Say("status_judul"), .. rows.Select(r => $"• {r.Reference}: {texts.Say("status_" + SignUpStatusCodes.ToText(r.Status))}")]);
    }

    // A code handled here ends whatever the chat was in outside a flow (the menu), as any answer outside a flow does.
    private static ConversationState Outside(ConversationState state) => state.InFlow ? state : ConversationState.Empty with { Source = state.Source };
}
