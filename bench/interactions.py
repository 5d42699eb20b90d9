#!/usr/bin/env python3
"""Writes an interaction CSV file of any size to stdout, in Tandem's import format, from a seed.

Usage: bench/interactions.py ROWS [--seed N] [--month 2026-03] [--prefix B]

Contacts arrive between 08:00 and 20:00 with a morning and an afternoon peak; calls wait longer
at the peaks and about one in twelve hangs up while waiting; a third are chats, a tenth e-mails
(answered within hours); a customer comes back now and then (repeat contacts); about one in five
answers a survey. The same seed writes the same file.
"""
import argparse
import calendar
import random
import sys
from datetime import datetime, timedelta

HEADER = ("record_id,channel,queue,offered_at,answered_at,ended_at,abandoned,wait_seconds,handle_seconds,"
          "agent_ref,customer_ref,resolved,csat,nps\n")
FMT = "%Y-%m-%d %H:%M:%S"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("rows", type=int)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--month", default="2026-03")
    parser.add_argument("--prefix", default="B")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    year, month = (int(part) for part in args.month.split("-"))
    days = calendar.monthrange(year, month)[1]
    start = datetime(year, month, 1)
    out = sys.stdout
    out.write(HEADER)
    buffer = []
    for n in range(args.rows):
        day = n * days // args.rows
        # two peaks: around 10:00 and 15:00
        hour = rng.choice((8, 9, 10, 10, 10, 11, 11, 12, 13, 14, 15, 15, 15, 16, 17, 18, 19))
        offered = start + timedelta(days=day, hours=hour, seconds=rng.randrange(3600))
        roll = rng.random()
        channel, queue = ("EMAIL", "Claims mail") if roll < 0.1 else (
            ("CHAT", "Claims chat") if roll < 0.4 else ("VOICE", "Claims"))
        peak = hour in (10, 15)
        customer = "c%07d" % (rng.randrange(args.rows // 3 + 1))
        if channel == "EMAIL":
            wait = rng.randrange(600, 14400)
        else:
            wait = int(rng.expovariate(1 / (45 if peak else 18)))
        abandoned = channel != "EMAIL" and rng.random() < (0.12 if peak else 0.05)
        if abandoned:
            ended = offered + timedelta(seconds=wait)
            row = (f"{args.prefix}-{n},{channel},{queue},{offered.strftime(FMT)},,{ended.strftime(FMT)},true,"
                   f"{wait},,,{customer},,,\n")
        else:
            handle = int(rng.gauss(300, 90)) if channel != "EMAIL" else rng.randrange(120, 900)
            handle = max(handle, 20)
            answered = offered + timedelta(seconds=wait)
            ended = answered + timedelta(seconds=handle)
            resolved = "true" if rng.random() < 0.78 else "false"
            surveyed = rng.random() < 0.2
            csat = str(rng.choices((1, 2, 3, 4, 5), (5, 7, 14, 34, 40))[0]) if surveyed else ""
            nps = str(rng.choices(range(11), (2, 1, 1, 2, 2, 4, 6, 12, 20, 25, 25))[0]) if surveyed else ""
            row = (f"{args.prefix}-{n},{channel},{queue},{offered.strftime(FMT)},{answered.strftime(FMT)},"
                   f"{ended.strftime(FMT)},false,{wait},{handle},A-{rng.randrange(400)},{customer},{resolved},"
                   f"{csat},{nps}\n")
        buffer.append(row)
        if len(buffer) == 10000:
            out.write("".join(buffer))
            buffer.clear()
    out.write("".join(buffer))


if __name__ == "__main__":
    main()
