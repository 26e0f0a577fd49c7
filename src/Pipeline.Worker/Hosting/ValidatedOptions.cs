using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Pipeline.Worker.Hosting;

/// <summary>
/// The one way an options class is read: bound to its section with <c>AddOptions&lt;T&gt;().BindConfiguration(...)</c>,
/// checked by its one <see cref="IValidateOptions{TOptions}"/>, and validated when a host starts.
/// </summary>
public static class ValidatedOptions
{
    /// <summary>Registers <typeparamref name="T"/> once, however many pieces of a host ask for it.</summary>
    public static IServiceCollection AddValidatedOptions<T, TValidator>(this IServiceCollection services, string section)
        where T : class
        where TValidator : class, IValidateOptions<T>
    {
        if (services.Any(s => s.ServiceType == typeof(IValidateOptions<T>) && s.ImplementationType == typeof(TValidator)))
        {
            return services;
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<T>, TValidator>());
        services.AddOptions<T>().BindConfiguration(section).ValidateOnStart();
        return services;
    }
}
