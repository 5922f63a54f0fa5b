export interface DemoServer {
  url: string;
  port: number;
  close(): Promise<void>;
}
export function buildDemo(): Promise<void>;
export function startDemoServer(options?: { port?: number; host?: string; build?: 'auto' | 'always' | 'never' }): Promise<DemoServer>;
