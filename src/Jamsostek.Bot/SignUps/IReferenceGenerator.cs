namespace Jamsostek.Bot.SignUps;

/// <summary>Makes sign-up references such as "BPU-7K3Q-2M".</summary>
public interface IReferenceGenerator
{
    string Next();
}
