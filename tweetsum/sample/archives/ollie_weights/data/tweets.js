window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014479792056479749"
          ],
          "editableUntil" : "2026-01-23T00:26:24.888Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "157"
      ],
      "favorite_count" : "21",
      "id_str" : "2014479792056479749",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2014479792056479749",
      "created_at" : "Thu Jan 22 23:26:24 +0000 2026",
      "favorited" : false,
      "full_text" : "Ran Tessel-70B at int4 on two 24 GB consumer GPUs: 19 tok/s, totally usable as a local coding assistant. Two years ago this was a datacenter-only experience.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014415214937841672"
          ],
          "editableUntil" : "2026-01-22T20:09:47.035Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "OpenSource",
            "indices" : [
              "193",
              "204"
            ]
          },
          {
            "text" : "LLM",
            "indices" : [
              "205",
              "209"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "209"
      ],
      "favorite_count" : "56",
      "id_str" : "2014415214937841672",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2014415214937841672",
      "created_at" : "Thu Jan 22 19:09:47 +0000 2026",
      "favorited" : false,
      "full_text" : "Fine-tuned an 8B open model on 12k of our internal support tickets. It now beats the frontier API on our ticket-routing task (94.1% vs 91.7%) at about 1/30 the cost. Specialization still wins. #OpenSource #LLM",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014307586185625607"
          ],
          "editableUntil" : "2026-01-22T13:02:07.165Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "OpenSource",
            "indices" : [
              "213",
              "224"
            ]
          },
          {
            "text" : "LLM",
            "indices" : [
              "225",
              "229"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "229"
      ],
      "favorite_count" : "108",
      "id_str" : "2014307586185625607",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2014307586185625607",
      "created_at" : "Thu Jan 22 12:02:07 +0000 2026",
      "favorited" : false,
      "full_text" : "Tessel-70B weights are out under Apache-2.0 and the base model is genuinely good: 78.4 on our knowledge set, 0.6 behind the closed model it's compared to. The open/closed gap is now measured in months, not years. #OpenSource #LLM",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014028429052370951"
          ],
          "editableUntil" : "2026-01-21T18:32:50.850Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "218"
      ],
      "favorite_count" : "92",
      "id_str" : "2014028429052370951",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2014028429052370951",
      "created_at" : "Wed Jan 21 17:32:50 +0000 2026",
      "favorited" : false,
      "full_text" : "Licences matter more than benchmarks for enterprises. A model with a \"no use above 700M MAU\" clause is fine for 99.9% of companies, but legal still flags it. Apache/MIT releases get adopted far faster in my experience.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013902302659145733"
          ],
          "editableUntil" : "2026-01-21T10:11:40.239Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "OpenSource",
            "indices" : [
              "132",
              "143"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/bYSbgiJise",
            "expanded_url" : "https://twitter.com/zhao_kaiyuan/status/2013766883849269257",
            "display_url" : "twitter.com/zhao_kaiyuan/st…",
            "indices" : [
              "144",
              "167"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "167"
      ],
      "favorite_count" : "169",
      "id_str" : "2013902302659145733",
      "truncated" : false,
      "retweet_count" : "48",
      "id" : "2013902302659145733",
      "created_at" : "Wed Jan 21 09:11:40 +0000 2026",
      "favorited" : false,
      "full_text" : "236B total / 21B active under Apache-2.0 is a big deal. Downloading now; will post int4 numbers on a single 8-GPU node by tomorrow. #OpenSource https://t.co/bYSbgiJise",
      "lang" : "en",
      "quoted_status_id_str" : "2013766883849269257"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013839241094979598"
          ],
          "editableUntil" : "2026-01-21T06:01:05.440Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "开源",
            "indices" : [
              "99",
              "102"
            ]
          },
          {
            "text" : "大模型",
            "indices" : [
              "103",
              "107"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "赵开源",
            "screen_name" : "zhao_kaiyuan",
            "indices" : [
              "3",
              "16"
            ],
            "id_str" : "1118776113627026642",
            "id" : "1118776113627026642"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "107"
      ],
      "favorite_count" : "0",
      "id_str" : "2013839241094979598",
      "truncated" : false,
      "retweet_count" : "20",
      "id" : "2013839241094979598",
      "created_at" : "Wed Jan 21 05:01:05 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @zhao_kaiyuan: 青穹团队今天开源了 MoE 模型，总参数 236B，激活 21B，协议是 Apache-2.0。中文能力在我们的测试集上超过了几个闭源模型。开源社区又要忙起来了。#开源 #大模型",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013778714363674637"
          ],
          "editableUntil" : "2026-01-21T02:00:34.435Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "177",
      "id_str" : "2013778714363674637",
      "truncated" : false,
      "retweet_count" : "29",
      "id" : "2013778714363674637",
      "created_at" : "Wed Jan 21 01:00:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Drove up to the coast for the weekend. 4°C, sideways rain, perfect fish and chips. No notes.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013772522314657803"
          ],
          "editableUntil" : "2026-01-21T01:35:58.146Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "178"
      ],
      "favorite_count" : "95",
      "id_str" : "2013772522314657803",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2013772522314657803",
      "created_at" : "Wed Jan 21 00:35:58 +0000 2026",
      "favorited" : false,
      "full_text" : "\"Open weights\" without training data or recipe is still a big deal. You can fine-tune, quantize, audit, and run fully air-gapped. Let's not make perfect the enemy of very useful.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013591314511384578"
          ],
          "editableUntil" : "2026-01-20T13:35:54.468Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "赵开源",
            "screen_name" : "zhao_kaiyuan",
            "indices" : [
              "192",
              "205"
            ],
            "id_str" : "1118776113627026642",
            "id" : "1118776113627026642"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "205"
      ],
      "favorite_count" : "102",
      "id_str" : "2013591314511384578",
      "truncated" : false,
      "retweet_count" : "23",
      "id" : "2013591314511384578",
      "created_at" : "Tue Jan 20 12:35:54 +0000 2026",
      "favorited" : false,
      "full_text" : "The part of the new Qingqiong release nobody talks about: the tokenizer. It packs Chinese text ~30% tighter than older tokenizers. That's a 30% inference cost cut for Chinese users, for free. @zhao_kaiyuan",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013561909692514308"
          ],
          "editableUntil" : "2026-01-20T11:39:04.694Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "174"
      ],
      "favorite_count" : "74",
      "id_str" : "2013561909692514308",
      "truncated" : false,
      "retweet_count" : "21",
      "id" : "2013561909692514308",
      "created_at" : "Tue Jan 20 10:39:04 +0000 2026",
      "favorited" : false,
      "full_text" : "Open-weight model of the week for me isn't the big one. It's a 1.5B embedding model that beats models 5x its size on multilingual retrieval. Small, boring, incredibly useful.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013415971934560270"
          ],
          "editableUntil" : "2026-01-20T01:59:09.676Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "OpenSource",
            "indices" : [
              "129",
              "140"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "17",
      "id_str" : "2013415971934560270",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2013415971934560270",
      "created_at" : "Tue Jan 20 00:59:09 +0000 2026",
      "favorited" : false,
      "full_text" : "Prediction: by Q3 the best open-weight model will be a 300B+ MoE with ~20B active parameters, from a Chinese lab. Bookmark this. #OpenSource",
      "lang" : "en"
    }
  }
]