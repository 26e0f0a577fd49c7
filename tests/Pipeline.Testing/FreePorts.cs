using System.Net;
using System.Net.Sockets;

namespace Pipeline.Testing;

/// <summary>Hands out loopback TCP ports that nothing listens on, never the same one twice in a process.</summary>
public static class FreePorts
{
    // Below Linux's ephemeral range (32768-60999), so an outgoing connection cannot take a port between our check
    // and the server's bind; RabbitMQ's CLI tools use 35672-35682, also outside.
    const int First = 20000;
    const int Last = 32000;

    static readonly HashSet<int> Issued = [];
    static readonly Lock Gate = new();

    /// <summary>A port free on 127.0.0.1 at the time of the call.</summary>
    public static int Next()
    {
        lock (Gate)
        {
            for (var attempt = 0; attempt < 500; attempt++)
            {
                var port = Random.Shared.Next(First, Last);
                if (Issued.Contains(port) || !IsFree(port))
                {
                    continue;
                }

                Issued.Add(port);
                return port;
            }
        }

        throw new InvalidOperationException($"No free loopback port found between {First} and {Last}.");
    }

    static bool IsFree(int port)
    {
        try
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Server.ExclusiveAddressUse = true;
            listener.Start();
            listener.Stop();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
