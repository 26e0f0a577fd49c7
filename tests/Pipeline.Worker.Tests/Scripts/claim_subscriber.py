#!/usr/bin/env python3
"""Receive the pipeline's messages without MassTransit, as another team's system would.

Declares its own queue, binds it to the fanout exchange MassTransit publishes a message type to, and prints each
message it receives as one JSON line on stdout (the MassTransit envelope: "messageType", "message", "sentTime"...).
Once the queue is bound it writes "ready queue=<name> exchange=<name>" on stderr.

    /usr/bin/python3 claim_subscriber.py --uri amqp://guest:guest@127.0.0.1:5672/ \
        [--exchange Pipeline.Contracts:ClaimExtracted] [--queue my-team.claims] [--count N] [--timeout SECONDS]

Without --queue the queue is server-named and exclusive: it disappears when the script exits, and messages published
while no subscriber runs are not kept. A named queue is durable and keeps them until the script comes back.
Exit code: 0 when --count messages arrived (or the queue was drained on --timeout without --count), 3 on timeout.
"""
import argparse
import json
import sys
import time

import pika


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--uri", required=True, help="amqp://user:password@host:port/vhost")
    parser.add_argument("--exchange", default="Pipeline.Contracts:ClaimExtracted")
    parser.add_argument("--queue", default="", help="durable queue to declare; default: an exclusive server-named one")
    parser.add_argument("--count", type=int, default=0, help="exit after this many messages (0: no limit)")
    parser.add_argument("--timeout", type=float, default=0, help="exit after this many seconds (0: no limit)")
    args = parser.parse_args()
    sys.stdout.reconfigure(encoding="utf-8")

    connection = pika.BlockingConnection(pika.URLParameters(args.uri))
    channel = connection.channel()
    # MassTransit declares the exchange fanout and durable; declaring it the same way is a no-op when it exists and
    # lets us bind before the first message of the type was ever published.
    channel.exchange_declare(exchange=args.exchange, exchange_type="fanout", durable=True)
    if args.queue:
        queue = channel.queue_declare(queue=args.queue, durable=True).method.queue
    else:
        queue = channel.queue_declare(queue="", exclusive=True, auto_delete=True).method.queue
    channel.queue_bind(queue=queue, exchange=args.exchange)
    channel.basic_qos(prefetch_count=100)
    print(f"ready queue={queue} exchange={args.exchange}", file=sys.stderr, flush=True)

    deadline = time.monotonic() + args.timeout if args.timeout > 0 else None
    received = 0
    code = 0
    for method, _properties, body in channel.consume(queue, inactivity_timeout=0.25):
        if method is not None:
            try:
                message = json.loads(body)
            except ValueError:
                message = body.decode("utf-8", "replace")
            print(json.dumps(message, ensure_ascii=False, separators=(",", ":")), flush=True)
            channel.basic_ack(method.delivery_tag)
            received += 1
            if args.count and received >= args.count:
                break
        if deadline is not None and time.monotonic() >= deadline:
            print(f"timeout after {args.timeout:g} s with {received} message(s)", file=sys.stderr, flush=True)
            code = 3 if args.count else 0
            break

    channel.cancel()
    connection.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
