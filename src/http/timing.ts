/**
 * Measurement of one request/response exchange on the wire: connection phases from a wrapped
 * connector, and the socket and byte counts from undici's diagnostics channels.
 *
 * undici publishes `undici:request:create` synchronously inside `dispatch()`, so the probe
 * that is pending while the client dispatches is the one that request belongs to. From then
 * on a WeakMap keyed by undici's request object finds it.
 */
import diagnosticsChannel from 'node:diagnostics_channel';
import type { Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { buildConnector } from 'undici';

import type { Timings } from './types.js';

/** Moments of opening one connection, from `performance.now()`. */
interface ConnectStamps {
  start: number;
  lookup?: number;
  tcp?: number;
  ready?: number;
  tls: boolean;
}

const connectStamps = new WeakMap<object, ConnectStamps>();
const socketErrors = new WeakMap<object, Error>();
const usedSockets = new WeakSet<object>();

/**
 * Wraps undici's connector so that each new socket records when DNS, TCP and TLS finished.
 * The options go to `net.connect` / `tls.connect` (ca, cert, key, lookup, ...).
 */
export function timedConnector(options: buildConnector.BuildOptions): buildConnector.connector {
  const connect = buildConnector(options);

  return (params, callback) => {
    const stamps: ConnectStamps = { start: performance.now(), tls: params.protocol === 'https:' };

    // The stamp is taken inside the callback because undici writes the request headers
    // synchronously from it, before any listener added here would run.
    const socket = (connect as unknown as ConnectorReturningSocket)(params, (error, connected) => {
      if (connected) {
        stamps.ready = performance.now();
        connectStamps.set(connected, stamps);
      }
      if (error) callback(error, null);
      else callback(null, connected as Socket);
    });

    // undici's connector returns the socket, although its typings declare void.
    if (socket !== undefined) {
      socket.once('lookup', () => (stamps.lookup = performance.now()));
      socket.once('connect', () => (stamps.tcp = performance.now()));
      // A TLS 1.3 server rejects a missing client certificate after the handshake; undici
      // then reports only "other side closed", while the socket saw the alert first.
      socket.once('error', (error) => socketErrors.set(socket, error));
    }
  };
}

type ConnectorReturningSocket = (
  params: buildConnector.Options,
  callback: (error: Error | null, socket: Socket | null) => void,
) => Socket | undefined;

/** Timing and byte counts of one hop, filled in as undici reports progress. */
export class ExchangeProbe {
  headersSent?: number;
  requestSent?: number;
  firstByte?: number;
  finished?: number;
  socket?: Socket;
  socketReused = false;
  private connect?: ConnectStamps;
  private writtenBefore = 0;
  private readBefore = 0;
  private bytes?: { sent: number; received: number };

  attachSocket(socket: Socket): void {
    this.headersSent = performance.now();
    this.socket = socket;
    this.writtenBefore = socket.bytesWritten;
    this.readBefore = socket.bytesRead;

    // Connection phases belong to the first request on a socket only.
    this.socketReused = usedSockets.has(socket);
    usedSockets.add(socket);
    if (!this.socketReused) this.connect = connectStamps.get(socket);
  }

  /** Freezes the byte counts; later traffic on a kept-alive socket belongs to other requests. */
  finish(): void {
    if (this.finished !== undefined) return;
    this.finished = performance.now();
    this.bytes = this.currentBytes();
  }

  /** The first error the socket of this hop emitted, which may explain a close. */
  get socketError(): Error | undefined {
    return this.socket === undefined ? undefined : socketErrors.get(this.socket);
  }

  get bytesSent(): number {
    return (this.bytes ?? this.currentBytes()).sent;
  }

  get bytesReceived(): number {
    return (this.bytes ?? this.currentBytes()).received;
  }

  /** Returns the measured phases; those that did not happen stay undefined. */
  timings(): Partial<Timings> {
    const timings: Partial<Timings> = {};
    const connect = this.connect;

    if (connect !== undefined) {
      if (connect.lookup !== undefined) timings.dns = connect.lookup - connect.start;
      const tcpStart = connect.lookup ?? connect.start;
      if (connect.tcp !== undefined) timings.connect = connect.tcp - tcpStart;
      if (connect.tls && connect.tcp !== undefined && connect.ready !== undefined) {
        timings.tls = connect.ready - connect.tcp;
      }
    }

    // Time to first byte counts from the end of the upload, because the server cannot respond earlier.
    const sent = this.requestSent ?? this.headersSent;
    if (sent !== undefined && this.firstByte !== undefined) {
      timings.firstByte = this.firstByte - sent;
    }
    if (this.firstByte !== undefined && this.finished !== undefined) {
      timings.download = this.finished - this.firstByte;
    }
    return timings;
  }

  private currentBytes(): { sent: number; received: number } {
    if (this.socket === undefined) return { sent: 0, received: 0 };
    return {
      sent: this.socket.bytesWritten - this.writtenBefore,
      received: this.socket.bytesRead - this.readBefore,
    };
  }
}

const probes = new WeakMap<object, ExchangeProbe>();
let pending: ExchangeProbe | undefined;
let subscribed = false;

/**
 * Runs `dispatch` with `probe` bound to the undici request it creates. The binding relies on
 * undici creating the request synchronously, which is true while the pools have no connection
 * limit.
 */
export function dispatchWithProbe<T>(probe: ExchangeProbe, dispatch: () => T): T {
  subscribe();
  pending = probe;
  try {
    return dispatch();
  } finally {
    pending = undefined;
  }
}

function subscribe(): void {
  if (subscribed) return;
  subscribed = true;

  diagnosticsChannel.subscribe('undici:request:create', (message) => {
    const { request } = message as { request: object };
    if (pending !== undefined) {
      probes.set(request, pending);
      pending = undefined;
    }
  });
  diagnosticsChannel.subscribe('undici:client:sendHeaders', (message) => {
    const { request, socket } = message as { request: object; socket: Socket };
    probes.get(request)?.attachSocket(socket);
  });
}
