window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014484236038807562"
          ],
          "editableUntil" : "2026-01-23T00:44:03.699Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Oliver Grant",
            "screen_name" : "ollie_weights",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "1101647238791813694",
            "id" : "1101647238791813694"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "0",
      "id_str" : "2014484236038807562",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2014484236038807562",
      "created_at" : "Thu Jan 22 23:44:03 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @ollie_weights: Ran Tessel-70B at int4 on two 24 GB consumer GPUs: 19 tok/s, totally usable as a local coding assistant. Two years ago…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014468529043869710"
          ],
          "editableUntil" : "2026-01-22T23:41:38.802Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "马推理",
            "screen_name" : "ma_tuili",
            "indices" : [
              "48",
              "57"
            ],
            "id_str" : "1239228081372897874",
            "id" : "1239228081372897874"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "25",
      "id_str" : "2014468529043869710",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2014468529043869710",
      "created_at" : "Thu Jan 22 22:41:38 +0000 2026",
      "favorited" : false,
      "full_text" : "给开源模型发布者的建议：一定要同时放出量化版本和推荐的推理配置。很多用户不是不想用，是跑不起来。@ma_tuili 这块可以聊聊。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014394270844248067"
          ],
          "editableUntil" : "2026-01-22T18:46:34.784Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "开源",
            "indices" : [
              "55",
              "58"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "58"
      ],
      "favorite_count" : "153",
      "id_str" : "2014394270844248067",
      "truncated" : false,
      "retweet_count" : "35",
      "id" : "2014394270844248067",
      "created_at" : "Thu Jan 22 17:46:34 +0000 2026",
      "favorited" : false,
      "full_text" : "开源社区最缺的不是模型，是高质量的中文评测集和微调数据集。欢迎大家贡献，哪怕只有几百条，只要质量好就很有价值。#开源",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014342592848183309"
          ],
          "editableUntil" : "2026-01-22T15:21:13.796Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Oliver Grant",
            "screen_name" : "ollie_weights",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "1101647238791813694",
            "id" : "1101647238791813694"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "0",
      "id_str" : "2014342592848183309",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2014342592848183309",
      "created_at" : "Thu Jan 22 14:21:13 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @ollie_weights: Tessel-70B weights are out under Apache-2.0 and the base model is genuinely good: 78.4 on our knowledge set, 0.6 behind…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013791991520337930"
          ],
          "editableUntil" : "2026-01-21T02:53:19.546Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "41"
      ],
      "favorite_count" : "105",
      "id_str" : "2013791991520337930",
      "truncated" : false,
      "retweet_count" : "27",
      "id" : "2013791991520337930",
      "created_at" : "Wed Jan 21 01:53:19 +0000 2026",
      "favorited" : false,
      "full_text" : "过去一个月，下载量前十的中文开源模型里有七个来自国内团队。三年前这个数字几乎是零。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013766883849269257"
          ],
          "editableUntil" : "2026-01-21T01:13:33.013Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "开源",
            "indices" : [
              "81",
              "84"
            ]
          },
          {
            "text" : "大模型",
            "indices" : [
              "85",
              "89"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "89"
      ],
      "favorite_count" : "85",
      "id_str" : "2013766883849269257",
      "truncated" : false,
      "retweet_count" : "20",
      "id" : "2013766883849269257",
      "created_at" : "Wed Jan 21 00:13:33 +0000 2026",
      "favorited" : false,
      "full_text" : "青穹团队今天开源了 MoE 模型，总参数 236B，激活 21B，协议是 Apache-2.0。中文能力在我们的测试集上超过了几个闭源模型。开源社区又要忙起来了。#开源 #大模型",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013720453212512256"
          ],
          "editableUntil" : "2026-01-20T22:09:03.585Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "28"
      ],
      "favorite_count" : "88",
      "id_str" : "2013720453212512256",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2013720453212512256",
      "created_at" : "Tue Jan 20 21:09:03 +0000 2026",
      "favorited" : false,
      "full_text" : "今天杭州下雪了，西湖边全是拍照的人。断桥残雪，名不虚传。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013596559330541572"
          ],
          "editableUntil" : "2026-01-20T13:56:45.088Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Oliver Grant",
            "screen_name" : "ollie_weights",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1101647238791813694",
            "id" : "1101647238791813694"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "77"
      ],
      "favorite_count" : "23",
      "id_str" : "2013596559330541572",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2013596559330541572",
      "created_at" : "Tue Jan 20 12:56:45 +0000 2026",
      "favorited" : false,
      "full_text" : "@ollie_weights 是的，新分词器对中文的压缩率提升很明显，同样一段文本 token 数少了三成左右，推理成本直接降下来了。长文档场景收益更大。",
      "lang" : "zh",
      "in_reply_to_status_id_str" : "2013591314511384578",
      "in_reply_to_status_id" : "2013591314511384578",
      "in_reply_to_user_id" : "1101647238791813694",
      "in_reply_to_user_id_str" : "1101647238791813694",
      "in_reply_to_screen_name" : "ollie_weights"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013513764536672260"
          ],
          "editableUntil" : "2026-01-20T08:27:45.341Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "开源",
            "indices" : [
              "62",
              "65"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "199",
      "id_str" : "2013513764536672260",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2013513764536672260",
      "created_at" : "Tue Jan 20 07:27:45 +0000 2026",
      "favorited" : false,
      "full_text" : "开源模型的真正价值：企业可以私有化部署、可以审计、可以微调。很多银行和医院根本不可能把数据发给外部 API，开源是唯一选择。#开源",
      "lang" : "zh"
    }
  }
]