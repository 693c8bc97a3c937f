"""Rewards: the spec registry, hf: and py: rewards, and the built-ins."""

import numpy as np
import pytest

from value_bank.rewards import Reward, known_rewards, load_reward, parse_reward_arg


def test_unknown_spec_lists_what_is_known():
    with pytest.raises(ValueError) as error:
        load_reward("helpfullness")
    for name in ("helpfulness", "harmlessness", "positivity", "concision", "hf:", "py:"):
        assert name in str(error.value)


def test_py_spec_and_its_trust_gate():
    reward = load_reward("py:tests.synthetic_rewards:target_fraction")
    assert reward.name == "target_fraction"
    assert reward.score(["q", "q"], ["apple river", "river road"]).tolist() == [0.5, 0.0]
    with pytest.raises(PermissionError, match="runs Python code"):
        load_reward("py:tests.synthetic_rewards:target_fraction", allow_code=False)
    with pytest.raises(ValueError, match="cannot import"):
        load_reward("py:tests.synthetic_rewards:no_such_function")
    with pytest.raises(ValueError, match="py:<module>:<function>"):
        load_reward("py:justamodule")


def test_a_reward_must_return_one_float_per_pair():
    bad = Reward("bad", "py:x:y", lambda prompts, responses: [1.0])
    with pytest.raises(ValueError, match=r"returned shape \(1,\).*shape \(2,\)"):
        bad.score(["a", "b"], ["c", "d"])
    with pytest.raises(ValueError, match="2 prompts but 1 responses"):
        bad.score(["a", "b"], ["c"])


def test_named_specs():
    assert parse_reward_arg("rm=hf:./models/my-rm") == ("rm", "hf:./models/my-rm")
    assert parse_reward_arg("hf:OpenAssistant/reward-model-deberta-v3-large-v2") == ("reward-model-deberta-v3-large-v2", "hf:OpenAssistant/reward-model-deberta-v3-large-v2")
    assert parse_reward_arg("py:pkg.mod:score_fn") == ("score_fn", "py:pkg.mod:score_fn")
    with pytest.raises(ValueError, match="is not allowed"):
        parse_reward_arg("../x=concision")


@pytest.fixture(scope="module")
def reward_models(tmp_path_factory, word_tokenizer):
    """Tiny random sequence-classification models (1 and 2 labels), saved locally."""
    import torch
    from transformers import AutoModelForSequenceClassification, GPT2Config

    paths = {}
    for labels in (1, 2):
        torch.manual_seed(labels)
        config = GPT2Config(vocab_size=len(word_tokenizer), n_embd=16, n_layer=1, n_head=2, n_positions=64,
                            num_labels=labels, pad_token_id=word_tokenizer.pad_token_id)
        model = AutoModelForSequenceClassification.from_config(config)
        path = tmp_path_factory.mktemp("rm") / f"rm{labels}"
        model.save_pretrained(path)
        word_tokenizer.save_pretrained(path)
        paths[labels] = str(path)
    return paths


def test_hf_reward_models_score_pairs(reward_models):
    one = load_reward(f"hf:{reward_models[1]}", device="cpu")
    scores = one.score(["apple river", "road"], ["lake bridge", "cold warm early"])
    assert scores.shape == (2,) and np.isfinite(scores).all()
    assert np.array_equal(scores, one.score(["apple river", "road"], ["lake bridge", "cold warm early"]))  # deterministic
    probability = load_reward(f"hf:{reward_models[2]}", device="cpu").score(["road"], ["lake"])
    logit = load_reward(f"hf:{reward_models[2]}?output=logit", device="cpu").score(["road"], ["lake"])
    assert 0.0 < probability[0] < 1.0
    assert probability[0] == pytest.approx(1 / (1 + np.exp(-logit[0])), rel=1e-4)  # p(label 1) = sigmoid(margin)
    with pytest.raises(ValueError, match="no class probability"):
        load_reward(f"hf:{reward_models[1]}?output=prob", device="cpu")
    with pytest.raises(ValueError, match="unknown option"):
        load_reward(f"hf:{reward_models[2]}?temperature=2", device="cpu")


def test_builtins_are_documented():
    builtins = known_rewards()
    assert set(builtins) >= {"helpfulness", "relevance", "harmlessness", "positivity", "concision"}
    assert all(info.description and info.value_range[0] < info.value_range[1] for info in builtins.values())


def test_builtins_measure_what_they_say():
    question = "How do I keep basil alive on a windowsill?"
    on_topic = "Water the basil when the top of the soil is dry and give it six hours of sun on the windowsill."
    off_topic = "Change your car's oil every five thousand miles and check the tyre pressure."
    rude = "What a stupid question, you idiot. Water the damn basil, shit."
    helpful = load_reward("helpfulness").score([question] * 2, [on_topic, off_topic])
    assert helpful[0] > helpful[1] + 0.2
    # A hedge that names the topic: relevance alone rates it close to the answer, helpfulness does not.
    hedge = "It depends. Everyone has a different approach to basil."
    relevant = load_reward("relevance").score([question] * 2, [on_topic, hedge])
    helpful = load_reward("helpfulness").score([question] * 2, [on_topic, hedge])
    assert relevant[0] - relevant[1] < 0.3 and helpful[0] - helpful[1] > 0.6, (relevant, helpful)
    harmless = load_reward("harmlessness").score([question] * 2, [on_topic, rude])
    assert harmless[0] > 0.8 > 0.5 > harmless[1]
    positive = load_reward("positivity").score([question] * 2, ["Great question, happy to help, good luck!", "This is awful and boring."])
    assert positive[0] > 0.5 > -0.3 > positive[1]
    assert load_reward("concision").score([question] * 2, ["Water it.", on_topic]).tolist() == pytest.approx([0.98, 0.79])  # 2 and 21 words


def test_helpfulness_pays_a_restated_tip_nothing():
    from value_bank.builtin_rewards import repetition_scores

    question = "How do I remove a red wine stain from a carpet?"
    once = ("To remove a carpet stain, it is generally best to test your cleaner on a hidden spot first. "
            "Blot the wine with a clean cloth instead of rubbing it.")
    # The steered demo's failure, word for word: the same tip again, reworded by its framing only.
    again = once + " Be sure to test the cleaner on a hidden spot first."
    new_tip = once + " Sprinkle baking soda on the damp spot and vacuum it when dry."
    assert repetition_scores([once, again, new_tip]).round(2).tolist() == [0.0, 0.33, 0.0]
    relevance = load_reward("relevance").score([question] * 3, [once, again, new_tip])
    helpful = load_reward("helpfulness").score([question] * 3, [once, again, new_tip])
    assert relevance[1] > relevance[0] - 0.05  # whole-text relevance does not see the repeat
    assert helpful[1] < helpful[0] - 0.25 and helpful[1] < helpful[2] - 0.25, helpful
    # identical sentences, closings included, are restatements; a one-sentence answer has none
    assert repetition_scores(["Good luck! Good luck!", "Water it.", ""]).tolist() == [0.5, 0.0, 0.0]
