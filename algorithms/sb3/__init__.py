"""Stable-Baselines3 agents behind the common interface: ppo, linear-ppo, ars and sb3-sac.

    settings.py   the rl-baselines3-zoo settings per task family, and the agents' configs
    adapter.py    SB3Agent: SB3's own implementations under the harness's protocol (seeding,
                  budget, checkpoints, evaluation, persistence); sb3_spec makes a registry entry
    agents.py     the agents themselves and their registry entries (SPECS)
"""
