import { describe, expect, it } from 'vitest';
import { parseSshPublicKey } from './ssh-public-key';

// Keys made with ssh-keygen; fingerprints as `ssh-keygen -lf` prints them.
const ED25519 = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILzSp9P3uT19pJUdU0p7znU1cfxjjdWcXQlqh13xAuaG ada@coop';
const ECDSA_384 = 'ecdsa-sha2-nistp384 AAAAE2VjZHNhLXNoYTItbmlzdHAzODQAAAAIbmlzdHAzODQAAABhBJlXCPxaRrFfYYeKHIgE7KBjFRhI1FBoZOAv+jHssb8hREJeBJQpswYqrHLzMrhwQAceW77uXFYTSGgVYQZfz7zBskerie58EqCxYfKirseoesERjhjeJy1IPvhXgvjTJQ== root@vm';
const RSA_2048 = 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQCpAObY+ONp0qeL+g7S5E7w4GWWG5PhuVJS+X3GKJn2w3/SaznZrb48MU3set3+9wKivnesVfIxUBvpn9G/e41OKX82tvC8DrnpQcxVWYrNzZfa+/0W7umS0SFvrKczI4hSFqxiAhnDXZku2AKps1SKMj7w1ZtC34uTDvYldVHB6fZDuRy/nhZ8IT6s/LFIZLL0kTHTIdS8pFLvnQEZCNalzZtw5TaxTMKvns4Nxfy3HqloZemTVaNuNv4rqNvJGAlN6RkMhScX89nOQgYu07b4T3zJUnOwfaA21JPU5j+irK/1Ppiiy1aaWPmhkfm0pllCIeGMxatetpyeJUVkqN6F root@vm';
const RSA_3072 = 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQCUJX3X7Ct7HoPKxNq0w5FJUyzm4zN7anA6DD/83C8cZ3j1y9Zp50bzGjkzS4wipMDnGsCT9zblEP28SeCJTIf/Ph6uewy54RU+nOifJGlZo0RLlhpSavvn62EsjOudUDRMhXKGAXEsCfsEL+sIbLMwbsGCdmuESzIyId0ES4YvLUkQuIT9heREBNhI6tmfUzqu7NdnchJC205Ng6jP4yzGcl2l+OmJM2e1aW2+05ds/byV4ztykFS66WTMa0e+nfZI9BRSoKP2Rapf6n4UnWEBmNeWQ/4Y8khGBIVdwndYapCqv6VcCOpbP928/t5IEnWbp/O/5cOqW6uKg+AbpvjZKAKdsT7mKTc/4OEfm7HfoGyXqn2qZbutMEJk9UsWM279BKvhUWOjavq2xSxWq95VOg+8bz7xolIx/ef4C6nBAuTMZdEf4WLbX4loQowm7TF5NvLLwoBffFbWc3WMu45Is0mIw5QbsL9+6nxAqUpqBmA56Lr42b4Z6Ij4ZHOehKc= root@vm';

function wire(...fields: Buffer[]): string {
  return Buffer.concat(fields.flatMap((f) => [Buffer.from([0, 0, 0, f.length]), f])).toString('base64');
}

describe('parseSshPublicKey', () => {
  it('accepts ed25519 with the same fingerprint as ssh-keygen', () => {
    const key = parseSshPublicKey(ED25519);
    expect(key).toMatchObject({ type: 'ssh-ed25519', bits: 256, comment: 'ada@coop', fingerprint: 'SHA256:dWl7DadBufG4cNtONTGnTGTZTG/SaaNIdqlj/LHU+hc' });
  });

  it('accepts ecdsa and RSA of 3072 bits', () => {
    expect(parseSshPublicKey(ECDSA_384)).toMatchObject({ bits: 384, fingerprint: 'SHA256:cJUKDk+Np3U1Hl/rfdIyRmy8bXNPjX/ig7UebsZRJME' });
    expect(parseSshPublicKey(RSA_3072)).toMatchObject({ bits: 3072, fingerprint: 'SHA256:8nj1MpZhI5eLG47MtcuDH16YUxYxYnkL3tVXOFemG/o' });
  });

  it('refuses RSA under 3072 bits', () => {
    expect(() => parseSshPublicKey(RSA_2048)).toThrow(/at least 3072 bits; this one has 2048/);
  });

  it('refuses DSA keys, garbage and a type that does not match the data', () => {
    expect(() => parseSshPublicKey(`ssh-dss ${wire(Buffer.from('ssh-dss'), Buffer.alloc(20, 1))}`)).toThrow(/not accepted/);
    expect(() => parseSshPublicKey('hello')).toThrow(/expected/);
    expect(() => parseSshPublicKey('ssh-ed25519 !!!notbase64')).toThrow(/base64/);
    expect(() => parseSshPublicKey(`ssh-rsa ${ED25519.split(' ')[1]}`)).toThrow(/of type ssh-ed25519/);
    expect(() => parseSshPublicKey(`ssh-ed25519 ${wire(Buffer.from('ssh-ed25519'))}`)).toThrow(/truncated/);
  });
});
